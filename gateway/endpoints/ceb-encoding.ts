import iconv from "iconv-lite";
import { MessageRejected } from "./ceb-xml";

/**
 * The character encodings a CEB message may come in: UTF-8 (XML's default), and the Chinese national ones
 * enterprise systems write, GBK (GB2312 is its subset and is read as GBK) and GB18030. Every name a sender
 * may use, lower-case, to the one decoder that reads it.
 */
const ENCODINGS: Record<string, "utf-8" | "gbk" | "gb18030"> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  gbk: "gbk",
  gb2312: "gbk",
  cp936: "gbk",
  gb18030: "gb18030",
};

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The encoding the XML declaration names; the declaration is ASCII in every encoding read here. */
function declaredEncoding(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 200).toString("latin1");
  return /^<\?xml\s[^?]*?encoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1];
}

/** The charset parameter of a Content-Type header, if any. */
function headerCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1];
}

function known(name: string, where: string): "utf-8" | "gbk" | "gb18030" {
  const encoding = ENCODINGS[name.toLowerCase()];
  if (!encoding) throw new MessageRejected(`0002 the ${where} names the encoding "${name.slice(0, 40)}"; this endpoint reads UTF-8, GBK (GB2312) and GB18030`);
  return encoding;
}

/**
 * The message's text, decoded strictly: by the Content-Type charset and the XML declaration's encoding,
 * which must agree when both are given (a sender whose header and document disagree has a bug that would
 * otherwise store someone's name garbled); by the one given otherwise; UTF-8 when neither is. A byte
 * sequence invalid in that encoding is refused, never replaced by U+FFFD: the text is decoded and encoded
 * again, and any difference from the bytes sent marks where the invalid sequence is.
 */
/** A body that cannot be read as text is refused with CEB900, a 0002 (format) refusal. */
export function decodeMessage(sent: Buffer, contentType: string | undefined): string {
  const bom = sent.subarray(0, 3).equals(UTF8_BOM);
  const bytes = bom ? sent.subarray(3) : sent;
  const declared = declaredEncoding(bytes);
  const charset = headerCharset(contentType);
  const fromDeclaration = declared === undefined ? undefined : known(declared, "XML declaration");
  const fromHeader = charset === undefined ? (bom ? "utf-8" : undefined) : known(charset, "Content-Type charset");
  if (fromDeclaration && fromHeader && fromDeclaration !== fromHeader) {
    throw new MessageRejected(
      `0002 the ${charset === undefined ? "byte-order mark" : "Content-Type charset"} says ${fromHeader} but the XML declaration says ${fromDeclaration}: send one encoding, named the same in both`,
    );
  }
  const encoding = fromDeclaration ?? fromHeader ?? "utf-8";
  const text = iconv.decode(bytes, encoding);
  const again = iconv.encode(text, encoding);
  if (!again.equals(bytes)) {
    let at = 0;
    while (at < bytes.length && bytes[at] === again[at]) at += 1;
    throw new MessageRejected(`0002 the message is not valid ${encoding.toUpperCase()} (at byte ${at + (bom ? 3 : 0)})`);
  }
  return text;
}
