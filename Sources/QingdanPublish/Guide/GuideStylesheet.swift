import QingdanCore

/// `assets/guide.css`: screen, phone and print. CJK fonts from the reader's system; `font-synthesis: none` so
/// that no browser fakes a bold Chinese face.
enum GuideStylesheet {
  static let source = """
    /* qingdan 办事指南样式 */
    :root {
      --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --paper: #ffffff; --tint: #f4f6fa;
      --accent: #a61b1b; --link: #0b4f9c; --warn: #8a5a00; --warn-bg: #fff6e0;
    }
    * { box-sizing: border-box; }
    html { font-size: 100%; -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; color: var(--ink); background: var(--paper); line-height: 1.75;
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
        "WenQuanYi Micro Hei", sans-serif;
      font-synthesis: none; word-break: normal; overflow-wrap: anywhere;
    }
    a { color: var(--link); text-underline-offset: 0.15em; }
    a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
    h1, h2, h3 { line-height: 1.35; font-weight: 700; }
    h1 { font-size: 1.75rem; margin: 0.5rem 0 0.75rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; color: var(--muted); }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
    .site-header {
      display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: center; justify-content: space-between;
      padding: 0.75rem 1.25rem; background: var(--accent); color: #fff;
    }
    .site-title { color: #fff; font-weight: 700; text-decoration: none; font-size: 1.05rem; }
    .search { display: flex; gap: 0.5rem; flex: 1 1 18rem; max-width: 28rem; }
    .search input {
      flex: 1; min-width: 0; padding: 0.45rem 0.6rem; font: inherit; border: 1px solid #fff; border-radius: 4px;
    }
    .search button {
      padding: 0.45rem 1rem; font: inherit; color: var(--accent); background: #fff; border: 0; border-radius: 4px;
      cursor: pointer; font-weight: 700;
    }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .draft-banner {
      padding: 0.6rem 1.25rem; background: #ffe08a; color: #3d2c00; text-align: center; font-size: 1rem;
      border-bottom: 2px solid #c99400;
    }
    .breadcrumb { font-size: 0.9rem; color: var(--muted); }
    .kicker { margin: 1rem 0 0; color: var(--accent); font-weight: 700; font-size: 0.95rem; }
    .code-line, .code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; color: var(--muted); }
    .code { display: inline-block; min-width: 8.5em; margin-right: 0.75em; font-size: 0.9rem; }
    .facts { display: grid; grid-template-columns: 9em 1fr; gap: 0; margin: 1rem 0; border-top: 1px solid var(--line); }
    .facts dt, .facts dd { margin: 0; padding: 0.55rem 0.5rem; border-bottom: 1px solid var(--line); }
    .facts dt { color: var(--muted); background: var(--tint); font-weight: 700; }
    .facts dd ul, .facts dd ol { margin: 0; padding-left: 1.4em; }
    .notice { margin: 1rem 0; padding: 0.75rem 1rem; border-left: 6px solid var(--accent); background: #fdeeee; }
    .notice strong { color: var(--accent); }
    .diagnostics { margin: 1rem 0; padding: 0.5rem 1rem; background: var(--warn-bg); border: 1px solid #e3c27a; }
    .diagnostics h2 { border: 0; margin: 0.5rem 0; font-size: 1.05rem; color: var(--warn); }
    .diagnostic .severity { font-weight: 700; color: var(--warn); }
    .diagnostic.error .severity { color: var(--accent); }
    .diagnostic .where { color: var(--muted); font-size: 0.85rem; }
    ul.items, ul.township-list, .search-results ol { list-style: none; padding: 0; margin: 0; }
    ul.items li, .search-results li { padding: 0.35rem 0; border-bottom: 1px dashed var(--line); }
    ul.township-list { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
    .meta { color: var(--muted); font-size: 0.9rem; }
    .tag { display: inline-block; margin-left: 0.5em; padding: 0 0.4em; font-size: 0.8rem; border-radius: 3px; }
    .tag.no-proxy { color: #fff; background: var(--accent); }
    .tag.draft { color: #3d2c00; background: #ffe08a; }
    .tag.change { color: #fff; background: #0b6e4f; }
    .change-note { margin: 0.5rem 0; color: #0b6e4f; }
    .search-results { margin: 1rem 0; padding: 0.5rem 1rem; background: var(--tint); border-radius: 6px; }
    .search-results h2 { border: 0; margin-top: 0.5rem; }
    .count-tables {
      display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; align-items: start;
    }
    table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
    th, td { padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
    th { background: var(--tint); }
    .site-footer { padding: 1.5rem 1.25rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); }
    .site-footer p { max-width: 60rem; margin: 0.2rem auto; }
    @media (max-width: 40rem) {
      h1 { font-size: 1.4rem; }
      main { padding: 0.75rem 0.9rem 2rem; }
      .facts { grid-template-columns: 1fr; }
      .facts dt { border-bottom: 0; padding-bottom: 0.2rem; }
      .code { display: block; min-width: 0; margin: 0; }
      .search { max-width: none; }
    }
    @media print {
      .site-header, .search-results, .breadcrumb, script { display: none; }
      body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; font-size: 11pt; }
      main { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      .draft-banner { position: static; }
      h2 { break-after: avoid; }
      .facts dt, .facts dd { break-inside: avoid; }
    }
    """
}
