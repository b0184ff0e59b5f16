import QingdanCore

/// `assets/handbook.css`: paged-media rules for WeasyPrint — A4, running headers with the chapter title,
/// `第 X 页 / 共 Y 页` footers, a table of contents with page numbers, PDF bookmarks from chapter and group titles.
enum HandbookStylesheet {
  static let source = """
    /* qingdan 印刷版手册样式（WeasyPrint） */
    @page {
      size: A4; margin: 22mm 18mm 20mm;
      @top-center { content: string(chapter); font-size: 9pt; color: #555; }
      @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt; color: #555; }
    }
    @page :first { @top-center { content: none; } @bottom-center { content: none; } }
    html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 10.5pt; line-height: 1.65; }
    h1, h2, h3, .toc, .cover { font-family: "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
    .cover { page: cover; text-align: center; padding-top: 55mm; break-after: page; }
    .cover .edition { font-size: 14pt; letter-spacing: 0.2em; }
    .cover-title { font-size: 24pt; margin: 10mm 0 25mm; bookmark-level: none; }
    .cover-facts { display: inline-block; text-align: left; font-size: 11pt; }
    .cover-facts dt { float: left; clear: left; width: 6em; font-weight: 700; }
    .cover-facts dd { margin: 0 0 2mm 6.5em; }
    .draft-mark { color: #a61b1b; font-size: 14pt; font-weight: 700; border: 2px solid #a61b1b; display: inline-block;
      padding: 1mm 4mm; }
    .toc { break-after: page; }
    .toc-title { bookmark-level: 1; bookmark-label: "目录"; }
    .toc ul { list-style: none; padding: 0; }
    .toc li { margin: 2mm 0; }
    .toc a { color: inherit; text-decoration: none; }
    .toc a::after { content: leader(".") target-counter(attr(href), page); }
    .chapter { break-before: page; }
    .chapter > h1 { string-set: chapter content(); font-size: 18pt; bookmark-level: 1;
      border-bottom: 1.5pt solid #a61b1b; padding-bottom: 2mm; }
    h2 { font-size: 13pt; bookmark-level: 2; margin-top: 6mm; }
    h3 { font-size: 11pt; bookmark-level: none; margin: 5mm 0 2mm; break-after: avoid; }
    .lead { color: #444; }
    .item { break-inside: auto; }
    dl { display: block; margin: 0 0 3mm; }
    table.facts { font-size: 10pt; margin-bottom: 3mm; }
    table.facts th { width: 8.5em; color: #444; font-weight: 700; border-bottom: 0.5pt solid #ddd; }
    table.facts td { border-bottom: 0.5pt solid #ddd; }
    table.facts ul, table.facts ol { margin: 0; padding-left: 1.2em; }
    .notice { border-left: 3pt solid #a61b1b; padding-left: 3mm; font-weight: 700; }
    .diagnostic { color: #8a5a00; background: #fff6e0; padding: 1mm 2mm; }
    /* Fixed layout: automatic table layout made WeasyPrint measure every cell twice (10 s of a 20 s render). */
    table { width: 100%; border-collapse: collapse; font-size: 9.5pt; table-layout: fixed; }
    table.items th:nth-child(1) { width: 9em; }
    table.items th:nth-child(3) { width: 8em; }
    th, td { border-bottom: 0.5pt solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
    .handbook.draft .chapter::before { content: "草稿"; color: #a61b1b; font-weight: 700; float: right; }
    """
}
