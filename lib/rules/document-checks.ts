import Decimal from "decimal.js";
import { enterpriseCodeProblem } from "./enterprise-code";
import { residentIdProblem } from "./resident-id";

/**
 * One reason a CEB document is refused: the field (dotted path into the document), the standard's
 * negative return status, and a message that says what is wrong with it. `document` names another
 * document than the one filed when the fault is there (a list refused because its payment does not
 * match the order names `payment.payerName`).
 */
export interface Problem {
  document?: string;
  field: string;
  returnStatus: number;
  message: string;
}

/** Gathers every problem of a document, so that a partner fixes them all in one round. */
export class DocumentChecks {
  readonly problems: Problem[] = [];

  constructor(private readonly formatStatus: number) {}

  fail(field: string, message: string, returnStatus = this.formatStatus): void {
    this.problems.push({ field, returnStatus, message });
  }

  /** A message GUID: 36 upper-case characters, as the standard writes them. */
  guid(field: string, value: string): void {
    if (!/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/.test(value)) this.fail(field, "must be a 36-character upper-case UUID");
  }

  /** The header of a filed document: its GUID, appType 1 (new) or 2 (change), appStatus 1 (save) or 2 (declare). */
  filing(document: { guid: string; appType: string; appStatus: string }): void {
    this.guid("guid", document.guid);
    if (!["1", "2"].includes(document.appType)) this.fail("appType", "must be 1 (new) or 2 (change)");
    if (!["1", "2"].includes(document.appStatus)) this.fail("appStatus", "must be 1 (save) or 2 (declare)");
  }

  enterprise(field: string, code: string): void {
    const problem = enterpriseCodeProblem(code);
    if (problem) this.fail(field, problem, -10102);
  }

  residentId(field: string, value: string): void {
    const problem = residentIdProblem(value);
    if (problem) this.fail(field, problem);
  }

  fixed(field: string, value: string, expected: string, meaning: string): void {
    if (value !== expected) this.fail(field, `must be "${expected}" (${meaning}), got "${value}"`);
  }

  oneOf(field: string, value: string, table: Record<string, string>, tableName: string): void {
    if (!(value in table)) this.fail(field, `"${value}" is not a code of the ${tableName} table`);
  }

  text(field: string, value: string | null | undefined, maxLength: number, required = true): void {
    if (value == null || value === "") {
      if (required) this.fail(field, "is required");
    } else if ([...value].length > maxLength) {
      this.fail(field, `is longer than ${maxLength} characters`);
    }
  }

  /** A CEB N19,5 amount: at most 14 integer and 5 fraction digits, not negative unless allowed. */
  amount(field: string, value: string, options: { positive?: boolean } = {}): Decimal | undefined {
    if (!/^\d{1,14}(\.\d{1,5})?$/.test(value)) {
      this.fail(field, "must be a non-negative amount with at most 14 integer and 5 fraction digits");
      return undefined;
    }
    const amount = new Decimal(value);
    if (options.positive && amount.isZero()) this.fail(field, "must be greater than 0");
    return amount;
  }

  equal(field: string, actual: Decimal | undefined, expected: Decimal | undefined, rule: string, returnStatus?: number): void {
    if (actual && expected && !actual.equals(expected)) {
      this.fail(field, `is ${actual.toFixed()} but ${rule} gives ${expected.toFixed()}`, returnStatus);
    }
  }
}
