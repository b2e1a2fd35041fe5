/**
 * The public benchmark's one request and its expected answer: the query k6.js sends (50 virtual users, each
 * sending it again as soon as it is answered) and the answer its check holds every gateway to, 87,599 bytes
 * as compact JSON (expected.json, copied from k6.js's `expectedStructure` at e583a1f).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { firstDifference } from "../shared";

export const PUBLIC_QUERY = `fragment User on User {
  id
  username
  name
}

fragment Review on Review {
  id
  body
}

fragment Product on Product {
  inStock
  name
  price
  shippingEstimate
  upc
  weight
}

query TestQuery {
  users {
    ...User
    reviews {
      ...Review
      product {
        ...Product
        reviews {
          ...Review
          author {
            ...User
            reviews {
              ...Review
              product {
                ...Product
              }
            }
          }
        }
      }
    }
  }
  topProducts {
    ...Product
    reviews {
      ...Review
      author {
        ...User
        reviews {
          ...Review
          product {
            ...Product
          }
        }
      }
    }
  }
}`;

/** The body every request sends, as k6.js sends it: the query alone. */
export const PUBLIC_BODY = JSON.stringify({ query: PUBLIC_QUERY });

export function expectedAnswer(): { data: unknown } {
  return JSON.parse(readFileSync(path.join(__dirname, "expected.json"), "utf8")) as { data: unknown };
}

/**
 * Why an answer is not the expected one (undefined when it is): data equal, no errors. Extensions a gateway
 * adds (ours: the request id) are not part of the answer.
 */
export function answerMismatch(answer: { data?: unknown; errors?: unknown }, expected: { data: unknown }): string | undefined {
  if (answer.errors !== undefined) return `errors: ${JSON.stringify(answer.errors).slice(0, 300)}`;
  return firstDifference(answer.data, expected.data, "data");
}
