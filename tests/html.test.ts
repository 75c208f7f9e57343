import assert from "node:assert/strict";
import { test } from "node:test";
import { count, html, raw, truncate } from "../src/site/html.ts";

test("html escapes every interpolated value, in text and in attributes", () => {
  const evil = `"><script>alert('x')</script>&`;
  assert.equal(
    html`<a title="${evil}">${evil}</a>`.value,
    `<a title="&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;</a>`,
  );
});

test("html keeps markup it made (or was given raw) as it is, joins lists and leaves out nothing-values", () => {
  const item = (s: string) => html`<li>${s}</li>`;
  assert.equal(html`<ul>${["a<b", "c"].map(item)}</ul>`.value, "<ul><li>a&lt;b</li><li>c</li></ul>");
  assert.equal(html`<p>${raw("<em>kept</em>")}</p>`.value, "<p><em>kept</em></p>");
  assert.equal(html`[${null}${undefined}${false}${0}]`.value, "[0]");
});

test("truncate cuts at the last space before the limit, as Nunjucks' filter did", () => {
  assert.equal(truncate("short", 10), "short");
  assert.equal(truncate("hello wide world", 12), "hello wide...");
  assert.equal(truncate("unbrokenwordthatislong", 8), "unbroken...");
});

test("count says one thing or many", () => {
  assert.equal(count(1, "report"), "1 report");
  assert.equal(count(0, "report"), "0 reports");
  assert.equal(count(3, "line"), "3 lines");
});
