-- Decisions and receipts hold no personal values (docs/roles.md#personal-data): earlier decisions kept the
-- values a failed match compared (payer and buyer names and identity numbers, consignees' phones and
-- addresses) and the payment and waybill read for the match; earlier receipts could say "<field> is <value>,
-- expected <value>". Every finding keeps its rule and field and says only that the field differs.

-- A failure of a personal field keeps neither value; the others keep theirs (amounts, codes, goods names).
UPDATE "InventoryDeclaration" AS d
SET "decision" = jsonb_set(
  d."decision",
  '{failures}',
  (
    SELECT coalesce(jsonb_agg(
      CASE
        WHEN f ->> 'field' ~ '(payerIdNumber|payerName|consignee|consigneeTelephone|consigneeAddress|buyerIdNumber|buyerName|buyerTelephone)$'
          THEN (f - 'expected' - 'actual') || '{"finding": "differs from the order"}'::jsonb
        ELSE f
      END ORDER BY e.n), '[]'::jsonb)
    FROM jsonb_array_elements(d."decision" -> 'failures') WITH ORDINALITY AS e(f, n)
  )
)
WHERE jsonb_typeof(d."decision" -> 'failures') = 'array';

-- The payment and the waybill as read for the match (payer, consignee): only the parties' standing stays.
UPDATE "InventoryDeclaration"
SET "decision" = "decision" #- '{admission,payment}' #- '{admission,waybill}'
WHERE jsonb_typeof("decision" -> 'admission') = 'object';

-- "<field> is <value>, expected <value>" in a list's latest receipt text and in every CEB622 receipt.
UPDATE "InventoryDeclaration"
SET "returnInfo" = regexp_replace("returnInfo", '([A-Za-z][A-Za-z0-9.\[\] ]*) is [^;]*, expected [^;]*', '\1 differs from the order', 'g')
WHERE "returnInfo" ~ ' is [^;]*, expected ';

UPDATE "DeclarationReceipt"
SET "returnInfo" = regexp_replace("returnInfo", '([A-Za-z][A-Za-z0-9.\[\] ]*) is [^;]*, expected [^;]*', '\1 differs from the order', 'g')
WHERE "returnInfo" ~ ' is [^;]*, expected ';
