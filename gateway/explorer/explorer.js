// The explorer page's own script (served by gateway/endpoints/explorer.ts). A file rather than an inline
// script, so that the page's content-security-policy allows scripts from its own origin only.
"use strict";
(() => {
  const data = (id) => JSON.parse(document.getElementById(id).textContent);
  const tabs = data("explorer-tabs");
  const { placeholder } = data("explorer-config");
  const placeholderHeaders = `{"authorization": "Bearer ${placeholder}"}`;
  const gateway = GraphiQL.createFetcher({ url: new URL(".", window.location.href).href });

  const isPlaceholder = (headers) => String(headers ?? "").includes(placeholder);
  // GraphiQL's default storage (localStorage, "graphiql:" keys) keeps the last headers typed, since the
  // page asks it to persist headers.
  const storedHeaders = window.localStorage.getItem("graphiql:headers");

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
    });
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(Explorer));
})();
