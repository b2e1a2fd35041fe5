import { main } from "../../lib/run-service";
import { credit } from ".";

main(credit);
