/**
 * Code tables the CEB messages use (JGS-20, the customs district table, the trade modes and the receipts'
 * return statuses), as far as the project uses them (docs/domain.md#code-tables), each code with its name in
 * Chinese (the table's wording) and in English. A code outside these tables is refused; extending a table is
 * a change to this file. The graph's `…Label` fields read their names from here (lib/graphql/code-labels.ts).
 */
type Table = Record<string, readonly [name: string, nameEn: string]>;

const CURRENCY: Table = {
  "142": ["人民币", "Renminbi (CNY)"],
  "110": ["港币", "Hong Kong dollar (HKD)"],
  "116": ["日本元", "Japanese yen (JPY)"],
  "133": ["韩国元", "South Korean won (KRW)"],
  "300": ["欧元", "Euro (EUR)"],
  "303": ["英镑", "Pound sterling (GBP)"],
  "502": ["美元", "US dollar (USD)"],
  "601": ["澳大利亚元", "Australian dollar (AUD)"],
};

const COUNTRY: Table = {
  "142": ["中国", "China"],
  "110": ["香港", "Hong Kong"],
  "116": ["日本", "Japan"],
  "133": ["韩国", "South Korea"],
  "303": ["英国", "United Kingdom"],
  "304": ["德国", "Germany"],
  "305": ["法国", "France"],
  "502": ["美国", "United States"],
  "601": ["澳大利亚", "Australia"],
  "609": ["新西兰", "New Zealand"],
};

const UNIT: Table = {
  "001": ["台", "set (machines)"],
  "007": ["个", "piece"],
  "008": ["只", "piece (each)"],
  "011": ["件", "article"],
  "012": ["支", "stick"],
  "016": ["把", "piece (with a handle)"],
  "020": ["片", "sheet"],
  "025": ["双", "pair"],
  "035": ["千克", "kilogram"],
  "036": ["克", "gram"],
  "095": ["升", "litre"],
  "096": ["毫升", "millilitre"],
  "122": ["罐", "can"],
  "125": ["包", "pack"],
  "136": ["袋", "bag"],
  "140": ["盒", "box"],
  "142": ["瓶", "bottle"],
};

const TRANSPORT_MODE: Table = {
  "0": ["非保税区", "non-bonded area"],
  "1": ["监管仓库", "supervised warehouse"],
  "2": ["水路运输", "waterway"],
  "3": ["铁路运输", "rail"],
  "4": ["公路运输", "road"],
  "5": ["航空运输", "air"],
  "6": ["邮件运输", "post"],
  "7": ["保税区", "bonded zone"],
  "8": ["保税仓库", "bonded warehouse"],
  "9": ["其它运输", "other"],
  W: ["物流中心", "logistics centre"],
  X: ["物流园区", "logistics park"],
  Y: ["保税港区", "bonded port area"],
  Z: ["出口加工区", "export processing zone"],
};

/** Haikou customs district (关区) codes. */
const CUSTOMS_DISTRICT: Table = {
  "6400": ["海口关区", "Haikou customs district"],
  "6401": ["海口港", "Haikou port"],
  "6402": ["三亚", "Sanya"],
  "6403": ["八所", "Basuo"],
  "6404": ["洋浦经济开发区", "Yangpu economic development zone"],
  "6405": ["海口保税区", "Haikou bonded zone"],
  "6406": ["清澜", "Qinglan"],
  "6407": ["美兰机场", "Meilan airport"],
  "6408": ["洋浦保税港区", "Yangpu bonded port area"],
  "6409": ["海口综合保税区", "Haikou comprehensive bonded zone"],
};

/** Trade modes (监管方式) of cross-border e-commerce, imports and exports. */
const TRADE_MODE: Table = {
  "9610": ["跨境贸易电子商务", "cross-border e-commerce, direct purchase"],
  "1210": ["保税跨境贸易电子商务", "bonded cross-border e-commerce"],
  "1239": ["保税跨境贸易电子商务A", "bonded cross-border e-commerce A"],
  "9710": ["跨境电子商务企业对企业直接出口", "cross-border e-commerce B2B direct export"],
  "9810": ["跨境电子商务出口海外仓", "cross-border e-commerce export to an overseas warehouse"],
};

/** Processing statuses of receipts (回执 returnStatus) in the standard's numbering (docs/domain.md#processing-statuses). */
const RETURN_STATUS: Table = {
  "1": ["电子口岸已暂存", "saved, not declared"],
  "2": ["电子口岸申报中", "declaring"],
  "3": ["发送海关成功", "sent to customs"],
  "4": ["发送海关失败", "not sent to customs"],
  "100": ["海关退单", "rejected"],
  "120": ["海关入库", "accepted"],
  "300": ["人工审核", "manual review"],
  "399": ["海关审结", "concluded (where an export list withdrawn by CEB605 ends)"],
  "500": ["查验", "inspection"],
  "599": ["其它扣留", "detained"],
  "700": ["退运", "returned"],
  "800": ["放行", "released"],
  "899": ["结关", "closed"],
};

/** Every table by the name the schema's `@codeLabel(table: …)` uses. */
export const CODE_TABLES = { CURRENCY, COUNTRY, UNIT, TRANSPORT_MODE, CUSTOMS_DISTRICT, TRADE_MODE, RETURN_STATUS } as const;
export type CodeTableName = keyof typeof CODE_TABLES;

export interface CodeLabel {
  code: string;
  /** Chinese, the table's own wording. */
  name: string;
  nameEn: string;
}

/** A code's label, or null for a code the table does not hold (a refusal's negative status, say). */
export function codeLabel(table: CodeTableName, code: string | number | null | undefined): CodeLabel | null {
  if (code == null) return null;
  const entry = CODE_TABLES[table][String(code)];
  return entry ? { code: String(code), name: entry[0], nameEn: entry[1] } : null;
}

/** A table's Chinese names by code, some codes only: what the document checks accept. */
function names(table: Table, only?: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(table).flatMap(([code, [name]]) => (only && !only.includes(code) ? [] : [[code, name]])));
}

export const CURRENCIES = names(CURRENCY);
export const COUNTRIES = names(COUNTRY);
export const UNITS = names(UNIT);
export const TRANSPORT_MODES = names(TRANSPORT_MODE);
export const CUSTOMS_DISTRICTS = names(CUSTOMS_DISTRICT);
export const IMPORT_TRADE_MODES = names(TRADE_MODE, ["9610", "1210", "1239"]);
/** Trade modes of exports [V S4 CusTrade.json]: 9610 direct, 1210 bonded zone, 9710 B2B direct, 9810 overseas warehouse. */
export const EXPORT_TRADE_MODES = names(TRADE_MODE, ["9610", "1210", "9710", "9810"]);
