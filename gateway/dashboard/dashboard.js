// The dashboard page's own script (served by gateway/endpoints/dashboard.ts). A file rather than an inline
// script, so that the page's content-security-policy allows scripts from its own origin only.
"use strict";
(() => {
  const data = (id) => JSON.parse(document.getElementById(id).textContent);
  const panels = data("dashboard-panels");
  const { tokenKey, linkPath } = data("dashboard-config");
  const period = data("dashboard-period");
  // Relative to the page, so that the gateway may sit under a path prefix: "." is its GraphQL endpoint.
  const graphqlUrl = new URL(".", window.location.href).href;
  const linkUrl = new URL(linkPath, graphqlUrl).href;
  const $ = (id) => document.getElementById(id);
  const element = (tag, attributes = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const charts = new Map();

  // The token lives in this tab's sessionStorage only: it is never put in a URL, and closing the tab forgets it.
  const token = () => window.sessionStorage.getItem(tokenKey);

  function fill(template, filters) {
    const dates = { $from: filters.from, $to: filters.to };
    return JSON.parse(JSON.stringify(template), (_, value) => (typeof value === "string" && value in dates ? dates[value] : value));
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token()}` },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    const [error] = answer.errors ?? [];
    if (error) throw new Error(`${error.extensions?.code ?? response.status}: ${error.message}`);
    return answer;
  }

  const cellText = (value) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));
  const number = (value) => (value === null || value === undefined ? null : Number(value));

  function table(rows) {
    // One row (the zone's headline figures) reads better as a list of figures than as one wide line.
    if (rows.length === 1) {
      const [row] = rows;
      return element(
        "table",
        { class: "one-row" },
        element("tbody", {}, ...Object.keys(row).map((key) => element("tr", {}, element("th", { scope: "row" }, key), element("td", {}, cellText(row[key]))))),
      );
    }
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((column) => rows.some((row) => row[column] !== null));
    return element(
      "table",
      {},
      element("thead", {}, element("tr", {}, ...columns.map((column) => element("th", { scope: "col" }, column)))),
      element("tbody", {}, ...rows.map((row) => element("tr", {}, ...columns.map((column) => element("td", {}, cellText(row[column])))))),
    );
  }

  /** The ECharts option for a panel's rows: the chart kinds of dashboard.ts. */
  function option(chart, rows) {
    const base = {
      animation: false,
      tooltip: { trigger: chart.kind === "pie" ? "item" : "axis" },
      legend: { top: 0 },
      grid: { top: 40, left: 60, right: 60, bottom: 30 },
    };
    if (chart.kind === "figures") {
      const row = rows[0] ?? {};
      return {
        ...base,
        title: {
          text: `${(number(row[chart.headline.field]) * 100).toPrecision(3)}% ${chart.headline.label}`,
          left: "center",
          top: 0,
          textStyle: { fontSize: 16 },
        },
        legend: { show: false },
        xAxis: { type: "category", data: chart.values.map((value) => value.label), axisLabel: { interval: 0, width: 100, overflow: "break" } },
        // Logarithmic: a small zone's trade and its tax stay visible beside a target of billions.
        yAxis: { type: "log", min: 1, max: (extent) => 10 ** Math.ceil(Math.log10(extent.max)) },
        series: [{ type: "bar", name: "CNY", data: chart.values.map((value) => number(row[value.field])) }],
      };
    }
    if (chart.kind === "pie") {
      return {
        ...base,
        series: [
          {
            type: "pie",
            radius: "65%",
            top: 30,
            data: rows.map((row) => ({ name: cellText(row[chart.category]) || "none", value: number(row[chart.value]) })),
          },
        ],
      };
    }
    if (chart.kind === "split") {
      const categories = [...new Set(rows.map((row) => row[chart.category]))].sort();
      const groups = [...new Set(rows.map((row) => row[chart.split]))].sort();
      return {
        ...base,
        xAxis: { type: "category", data: categories },
        yAxis: { type: "value" },
        series: groups.map((group) => ({
          type: "line",
          name: `${chart.label} ${group}`,
          data: categories.map((category) => number(rows.find((row) => row[chart.category] === category && row[chart.split] === group)?.[chart.value] ?? 0)),
        })),
      };
    }
    const hasLine = chart.values.some((value) => value.line);
    return {
      ...base,
      xAxis: { type: "category", data: rows.map((row) => cellText(row[chart.category]) || "none") },
      yAxis: hasLine
        ? [{ type: "value" }, { type: "value" }]
        : { type: "value", axisLabel: chart.values.every((value) => value.percent) ? { formatter: "{value}%" } : {} },
      series: chart.values.map((value) => ({
        type: value.line ? "line" : "bar",
        name: value.label,
        yAxisIndex: value.line ? 1 : 0,
        data: rows.map((row) => (value.percent ? number(row[value.field]) * 100 : number(row[value.field]))),
      })),
    };
  }

  /** The rows of a statistics answer: the first root field's list, or its one object (the zone dashboard). */
  const rowsOf = (answer) => {
    const [value] = Object.values(answer.data ?? {});
    return Array.isArray(value) ? value : value ? [value] : [];
  };

  async function download(panel, variables, status) {
    try {
      const { url } = await post(linkUrl, { export: panel.exportName, variables });
      // The link is signed and short-lived, so the browser downloads it without the token.
      const anchor = element("a", { href: new URL(url, graphqlUrl).href, download: "" });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
    } catch (error) {
      status.textContent = error.message;
    }
  }

  async function show(panel, filters) {
    const section = $(`panel-${panel.id}`);
    section.hidden = filters.department !== "" && panel.department !== "zone" && panel.department !== filters.department;
    if (section.hidden) return;
    const variables = fill(panel.variables, filters);
    const status = section.querySelector(".status");
    section.querySelector(".variables").textContent = JSON.stringify(variables, null, 2);
    section.querySelector(".csv").onclick = () => download(panel, variables, status);
    section.dataset.state = "loading";
    status.textContent = "loading…";
    try {
      const rows = rowsOf(await post(graphqlUrl, { query: panel.query, operationName: panel.exportName, variables }));
      const chart = charts.get(panel.id);
      chart.setOption(option(panel.chart, rows), true);
      section.querySelector(".figures").replaceChildren(table(rows));
      status.textContent = rows.length === 0 ? "no figures for this period" : "";
      section.dataset.state = "drawn";
    } catch (error) {
      charts.get(panel.id).clear();
      section.querySelector(".figures").replaceChildren();
      status.textContent = error.message;
      section.dataset.state = "failed";
    }
  }

  function build() {
    const main = $("panels");
    for (const panel of panels) {
      const chartBox = element("div", { class: "chart", id: `chart-${panel.id}` });
      main.append(
        element(
          "section",
          { id: `panel-${panel.id}`, class: "panel", "data-department": panel.department },
          element("h2", {}, panel.title, " ", element("span", { class: "department" }, panel.department)),
          element(
            "div",
            { class: "body" },
            chartBox,
            element(
              "details",
              { class: "query" },
              element("summary", {}, `The GraphQL query (${panel.exportName})`),
              element("pre", {}, panel.query),
              element("p", {}, "Variables:"),
              element("pre", { class: "variables" }),
            ),
          ),
          element("p", { class: "status", role: "status" }),
          element("button", { type: "button", class: "csv" }, "Download as CSV"),
          element("div", { class: "figures" }),
        ),
      );
      charts.set(panel.id, echarts.init(chartBox, null, { renderer: "canvas" }));
    }
    window.addEventListener("resize", () => charts.forEach((chart) => chart.resize()));
  }

  function refresh() {
    const signedIn = token() !== null;
    $("who").textContent = signedIn ? "signed in for this tab" : "not signed in: paste a token";
    document.body.dataset.signedIn = String(signedIn);
    if (!signedIn) return;
    const filters = { from: $("from").value, to: $("to").value, department: $("department").value };
    for (const panel of panels) show(panel, filters);
  }

  $("from").value = period.from;
  $("to").value = period.to;
  build();
  $("sign-in").addEventListener("submit", (event) => {
    event.preventDefault();
    const typed = $("token")
      .value.trim()
      .replace(/^Bearer\s+/i, "");
    if (typed !== "") window.sessionStorage.setItem(tokenKey, typed);
    $("token").value = "";
    refresh();
  });
  $("sign-out").addEventListener("click", () => {
    window.sessionStorage.removeItem(tokenKey);
    charts.forEach((chart) => chart.clear());
    document.querySelectorAll(".figures").forEach((figures) => figures.replaceChildren());
    refresh();
  });
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });
  refresh();
})();
