import { main } from "../../lib/run-service";
import { logistics } from ".";

main(logistics);
