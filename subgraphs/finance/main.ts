import { main } from "../../lib/run-service";
import { finance } from ".";

main(finance);
