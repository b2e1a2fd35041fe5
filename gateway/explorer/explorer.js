// The explorer page's own script (served by gateway/endpoints/explorer.ts). A file rather than an inline
// script, so that the page's content-security-policy allows scripts from its own origin only.
"use strict";
(() => {
  const data = (id) => JSON.parse(document.getElementById(id).textContent);
  const tabs = data("explorer-tabs");
  const { placeholder, linkPath } = data("explorer-config");
  const placeholderHeaders = `{"authorization": "Bearer ${placeholder}"}`;
  const gatewayUrl = new URL(".", window.location.href).href;
  const gateway = GraphiQL.createFetcher({ url: gatewayUrl });
  // The query builder: a tree of the schema's fields to tick, written into the query editor. One instance,
  // since GraphiQL takes a new plugin for a different one.
  const explorer = GraphiQLPluginExplorer.explorerPlugin();

  const isPlaceholder = (headers) => String(headers ?? "").includes(placeholder);
  // GraphiQL's default storage (localStorage, "graphiql:" keys) keeps the last headers typed, since the
  // page asks it to persist headers.
  const storedHeaders = window.localStorage.getItem("graphiql:headers");

  /**
   * "Download as CSV": the gateway runs the editor's query as the caller once more and writes the rows of
   * its answer (the first list, connection or object) as CSV, China time and personal data masked as in
   * the answer. The browser gets the file from a signed link that lasts a few minutes, so the token
   * leaves the page only in the request for the link, in its header.
   */
  function CsvButton() {
    const { queryEditor, variableEditor, headerEditor } = GraphiQL.React.useEditorContext({ nonNull: true });
    const download = async () => {
      try {
        const headers = JSON.parse(headerEditor?.getValue() || "{}");
        if (isPlaceholder(headers.authorization)) throw new Error("Paste a token into the headers editor first.");
        const variablesText = variableEditor?.getValue()?.trim();
        const response = await fetch(new URL(linkPath, gatewayUrl), {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({
            query: queryEditor?.getValue() ?? "",
            operationName: queryEditor?.operationName ?? undefined,
            variables: variablesText ? JSON.parse(variablesText) : {},
          }),
        });
        const answer = await response.json();
        if (!response.ok) throw new Error(answer.errors?.[0]?.message ?? `the gateway answered ${response.status}`);
        const anchor = document.createElement("a");
        anchor.href = new URL(answer.url, gatewayUrl).href;
        anchor.download = "";
        document.body.append(anchor);
        anchor.click();
        anchor.remove();
      } catch (error) {
        window.alert(`No CSV: ${error.message}`);
      }
    };
    return React.createElement(GraphiQL.React.ToolbarButton, { label: "Download this result as CSV", onClick: download, className: "csv-download" }, "CSV");
  }

  function Explorer() {
    const [headers, setHeaders] = React.useState(storedHeaders && !isPlaceholder(storedHeaders) ? storedHeaders : placeholderHeaders);
    // GraphiQL introspects again whenever the fetcher changes, so a new one per token loads the schema and
    // its documentation as soon as a token is pasted. While the placeholder is there nothing is sent: the
    // gateway would only answer 401.
    const fetcher = React.useMemo(
      () => (params, options) =>
        isPlaceholder(options?.headers?.authorization)
          ? Promise.resolve({ errors: [{ message: "Paste a token into the headers editor (the Headers tab below the query)." }] })
          : gateway(params, options),
      [headers],
    );
    return React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      // GraphiQL keeps headers per tab: the last token typed becomes the headers of every tab not opened yet
      // and of every new tab, so it is pasted once.
      defaultHeaders: headers,
      onEditHeaders: (value) => {
        if (!isPlaceholder(value)) setHeaders(value);
      },
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: "headers",
      plugins: [explorer],
      toolbar: { additionalContent: React.createElement(CsvButton) },
    });
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(Explorer));
})();
