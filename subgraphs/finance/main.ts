import { main } from "../../lib/run-service";
import { SERVICES } from "..";

main(SERVICES.finance);
