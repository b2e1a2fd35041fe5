export const DEPARTMENTS = ["customs", "ciq", "credit", "logistics", "finance"] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Default ports of the one-command start; production sets each service's PORT. */
export const DEFAULT_PORTS: Record<Department, number> = {
  customs: 4101,
  ciq: 4102,
  credit: 4103,
  logistics: 4104,
  finance: 4105,
};

export const GATEWAY_DEFAULT_PORT = 4000;

export function isDepartment(value: string): value is Department {
  return (DEPARTMENTS as readonly string[]).includes(value);
}

export function databaseUrlVariable(department: Department): string {
  return `DATABASE_URL_${department.toUpperCase()}`;
}
