import { enterpriseCodeProblem } from "./enterprise-code";
import { hsCodeProblem } from "./hs-code";
import { mask } from "./masking";
import { residentIdProblem } from "./resident-id";
import { orgCodeCheckChar, usccProblem } from "./uscc";

describe("USCC (GB 32100-2015)", () => {
  it.each(["91350100M000100Y43", "91110000600037341L", "91460100MA5T00002P", "91460100MA5T12345C"])("accepts %s", (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it("rejects a wrong check character", () => {
    expect(usccProblem("91350100M000100Y44")).toMatch(/check character/);
  });

  it("rejects characters outside the 31-character set", () => {
    expect(usccProblem("91350100M0001O0Y43")).toMatch(/18 characters/);
  });

  it("computes the GB 11714 organisation code check of the vectors", () => {
    expect(orgCodeCheckChar("60003734")).toBe("1");
    expect(orgCodeCheckChar("M000100Y")).toBe("4");
    expect(orgCodeCheckChar("MA5T1234")).toBe("5");
  });
});

describe("resident ID (GB 11643-1999)", () => {
  it.each(["11010519491231002X", "440524188001010014"])("accepts %s", (id) => {
    expect(residentIdProblem(id)).toBeNull();
  });

  it("rejects a wrong check digit", () => {
    expect(residentIdProblem("110105194912310021")).toMatch(/check digit/);
  });

  it("rejects an impossible birth date", () => {
    expect(residentIdProblem("110105194902300011")).toMatch(/birth date/);
  });
});

describe("enterprise codes and HS codes", () => {
  it("accepts a 10-character customs code and a valid USCC", () => {
    expect(enterpriseCodeProblem("46016602EV")).toBeNull();
    expect(enterpriseCodeProblem("91460100MA5T00002P")).toBeNull();
  });

  it("rejects other lengths and bad USCCs", () => {
    expect(enterpriseCodeProblem("4601")).toMatch(/10-character/);
    expect(enterpriseCodeProblem("91460100MA5T00002Q")).toMatch(/check character/);
  });

  it("checks the HS structure", () => {
    expect(hsCodeProblem("1901101090")).toBeNull();
    expect(hsCodeProblem("7701000000")).toMatch(/chapter 77/);
    expect(hsCodeProblem("19011010")).toMatch(/10 digits/);
  });
});

describe("masking personal data", () => {
  it("keeps only the ends of identity numbers and phones", () => {
    expect(mask.idNumber("11010519491231002X")).toBe("1101**********002X");
    expect(mask.telephone("13800138000")).toBe("138****8000");
  });

  it("keeps the surname and the start of an address", () => {
    expect(mask.name("王小明")).toBe("王**");
    expect(mask.address("海南省海口市龙华区滨海大道88号")).toBe("海南省海口市**********");
  });

  it("keeps the first character and the domain of an e-mail address, and nothing of a malformed one", () => {
    expect(mask.email("wang.xiaoming@agent.example.cn")).toBe("w************@agent.example.cn");
    expect(mask.email("w@example.cn")).toBe("*@example.cn");
    expect(mask.email("not-an-address")).toBe("**************");
  });
});
