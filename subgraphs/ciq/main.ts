import { main } from "../../lib/run-service";
import { ciq } from ".";

main(ciq);
