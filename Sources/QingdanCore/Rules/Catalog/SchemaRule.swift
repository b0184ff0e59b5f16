/// `schema`: the files follow FORMAT.md. The loader finds these while decoding; this rule reports them.
struct SchemaRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "schema",
    summary: "文件符合清单格式：字段类型、必填字段、未定义字段、规定用语、日期、标识和编码格式",
    explanation: "清单文件须按 FORMAT.md 的格式填写。拼错的字段名、写错的规定用语（如权力类别）、格式不对的日期和编码都会在这里报告，以免错误悄悄进入公布的清单。",
    citation: "FORMAT.md", referenceSeverity: .error, profiles: .every, groups: [.files],
    triggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0009
            name: 法律咨询
            domain: 公共法律服务
            office: shsw
            1️⃣colour: 红色
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0009
            name: 法律咨询
            domain: 公共法律服务
            office: shsw
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.schemaFindings
  }
}
