/**
 * Code tables the CEB messages use (JGS-20 and the customs district table), as far as the project uses
 * them (docs/domain.md#code-tables). A code outside these tables is refused; extending a table is a change
 * to this file.
 */
export const CURRENCIES: Record<string, string> = {
  "142": "人民币 CNY",
  "110": "港币 HKD",
  "116": "日本元 JPY",
  "133": "韩国元 KRW",
  "300": "欧元 EUR",
  "303": "英镑 GBP",
  "502": "美元 USD",
  "601": "澳大利亚元 AUD",
};

export const COUNTRIES: Record<string, string> = {
  "142": "中国",
  "110": "香港",
  "116": "日本",
  "133": "韩国",
  "303": "英国",
  "304": "德国",
  "305": "法国",
  "502": "美国",
  "601": "澳大利亚",
  "609": "新西兰",
};

export const UNITS: Record<string, string> = {
  "001": "台",
  "007": "个",
  "008": "只",
  "011": "件",
  "012": "支",
  "016": "把",
  "020": "片",
  "025": "双",
  "035": "千克",
  "036": "克",
  "095": "升",
  "096": "毫升",
  "122": "罐",
  "125": "包",
  "136": "袋",
  "140": "盒",
  "142": "瓶",
};

export const TRANSPORT_MODES: Record<string, string> = {
  "0": "非保税区",
  "1": "监管仓库",
  "2": "水路运输",
  "3": "铁路运输",
  "4": "公路运输",
  "5": "航空运输",
  "6": "邮件运输",
  "7": "保税区",
  "8": "保税仓库",
  "9": "其它运输",
  W: "物流中心",
  X: "物流园区",
  Y: "保税港区",
  Z: "出口加工区",
};

/** Haikou customs district (关区) codes. */
export const CUSTOMS_DISTRICTS: Record<string, string> = {
  "6400": "海口关区",
  "6401": "海口港",
  "6402": "三亚",
  "6403": "八所",
  "6404": "洋浦经济开发区",
  "6405": "海口保税区",
  "6406": "清澜",
  "6407": "美兰机场",
  "6408": "洋浦保税港区",
  "6409": "海口综合保税区",
};

export const IMPORT_TRADE_MODES: Record<string, string> = {
  "9610": "跨境贸易电子商务",
  "1210": "保税跨境贸易电子商务",
  "1239": "保税跨境贸易电子商务A",
};
