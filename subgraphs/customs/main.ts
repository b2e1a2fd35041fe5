import { main } from "../../lib/run-service";
import { customs } from ".";

main(customs);
