/**
 * A synthetic tariff of national size (the national tariff has about 10,000 ten-digit codes) for the
 * benchmark and the tests: distinct codes spread over the chapters, both VAT classes, varied rates.
 * Not real rates; the demo's own tariff is data/tariff-sample.csv. `edition` goes into every English name, so
 * that two editions are two different tables.
 */
export function syntheticTariff(count: number, edition = "synthetic"): string {
  const lines = ["hs10,name_zh,name_en,vat_rate,vat_class,consumption_tax_rate,mfn_duty_rate,export_rebate_rate,unit1,licence_required,export_duty"];
  for (let i = 0; i < count; i += 1) {
    const reduced = i % 3 === 0;
    lines.push(
      [
        String(1_000_000_000 + i * 7919),
        `商品${i}`,
        `${edition} goods ${i}`,
        reduced ? 9 : 13,
        reduced ? "reduced" : "standard",
        i % 50 === 0 ? 10 : 0,
        i % 30,
        i % 17,
        "035",
        i % 97 === 0 ? "Y" : "N",
        "N",
      ].join(","),
    );
  }
  return lines.join("\n");
}
