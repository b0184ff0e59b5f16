// The fields of each list, declared once. The order is the guide's; the loader reads, diff compares and the
// table's columns follow it. A new field is one entry here (and a property of the item's `Fields`).

extension Power.Fields: CommonFields {}
extension ServiceItem.Fields: CommonFields {}
extension VillageMatter.Fields: CommonFields {}

extension Power: DeclaredItem {
  package static let declaration = ItemDeclaration<Power>(
    section: "powers", noun: sectionName, groupKey: "category",
    fields: [
      .code(sectionName), .name(sectionName, headers: ["职权名称", "权力名称", "权力事项名称", "事项"]),
      .texts("sub_items", "子项名称", "已公布清单把该项权力分成的子项，逐项列出。", \.subItems, headers: ["子项名称", "子项", "子项名称（无子项的不填）"]),
      .choice(
        "category", "权力类别", "十类行政权力之一。", \.category, required: true,
        headers: ["权力类别", "职权类别", "权力类型", "职权类型", "事项类别", "类别"]),
      .choice(
        "source", "事项来源", "法定：法律规定由乡镇实施；委托、下放、授权：来自县直部门。", \.source, required: true,
        headers: ["事项来源", "来源", "权力来源", "下放方式"]
      ).shown { fields, wording in fields.source.map { .text(wording.source($0)) } },
      .department(
        "department", "下放部门", "委托、下放、授权事项的县直部门标识。", \.department,
        headers: ["下放部门", "委托部门", "原实施部门", "县直部门"]),
      .basis(
        "basis", "法律依据", "至少一条，如 《中华人民共和国城乡规划法》第四十一条。", \.basis,
        headers: ["法律依据", "实施依据", "设定依据", "依据", "法律法规依据"]),
      .legalBasis(
        "delegation_basis", "下放依据", "允许把该项权力交给乡镇行使的条款。", \.delegationBasis, headers: ["下放依据", "委托依据"]),
      .townships, .office("承办机构", headers: ["承办机构", "实施主体", "责任主体", "承办科室", "实施机构"]),
      .text("level", "实施层级及权限", "已公布清单所写的实施层级及权限，如 县市区级、乡镇（街道）。", \.level, headers: ["实施层级及权限", "实施层级", "行使层级"]),
      .texts(
        "responsibilities", "责任事项", "受理、审查、决定、送达、事后监管等责任。", \.responsibilities,
        headers: ["责任事项", "责任事项内容"]),
      .texts(
        "accountability", "追责情形", "责任清单中应当追究责任的情形，逐条列出。", \.accountability,
        headers: ["追责情形", "追责情形及依据", "问责情形"]),
      .text("supervision", "监督方式", "谁监督、怎样监督。", \.supervision, headers: ["监督方式", "监督方法", "监督电话"]),
      .department(
        "trainer", "培训指导监督部门", "谁下放谁负责培训、指导、监督：应与 department 相同。", \.trainer,
        headers: ["培训指导监督部门", "指导部门"]),
      .text("funding", "经费保障", "承接该事项的经费来源。", \.funding, headers: ["经费保障", "经费"]),
      .object(
        "approval", "县人民政府批准", "委托下放的批准文号和日期。", \.approval, empty: Approval(),
        headers: ["县人民政府批准", "批准文件"],
        [
          .text("document", "批准文号", "如 德府发〔2018〕12号。", \.document, headers: ["批准文号"]),
          .date("date", "批准日期", "YYYY-MM-DD。", \.date, headers: ["批准日期"]),
        ]
      ).summarisedOnly { fields, wording in fields.approval.map { .text(wording.approval($0)) } },
      .choice("acceptance", "承接情况", "较好、一般或较差。", \.acceptance, headers: ["承接情况", "承接能力"]),
    ])
}

extension ServiceItem: DeclaredItem {
  package static let declaration = ItemDeclaration<ServiceItem>(
    section: "services", noun: sectionName, groupKey: "domain",
    fields: [
      .code(sectionName), .name(sectionName, headers: ["服务事项名称", "服务事项", "事项"]),
      ItemField(
        FieldInfo("domain", "服务领域", "如 社会救助、优抚安置、劳动就业。", .text, required: true, headers: ["服务领域", "领域", "服务类别"]),
        \.domain, read: { $0.text($1, required: $2) ?? "" }, text: { $0 }),
      .basis("basis", "法律依据", "至少一条。", \.basis, headers: ["法律依据", "实施依据", "设定依据", "依据", "政策依据"]),
      .townships, .office("承办机构", headers: ["承办机构", "实施主体", "办理机构", "责任科室"]),
      .text("object", "服务对象", "谁可以办理。", \.object, headers: ["服务对象", "办理对象", "申请对象"]),
      .text(
        "conditions", "受理条件和服务要求", "办理须满足的条件。", \.conditions, headers: ["受理条件和服务要求", "受理条件", "办理条件", "申请条件"]),
      ItemField(
        FieldInfo("materials", "申请材料", "申请人须提交的材料；可以为空列表。", .texts, headers: ["申请材料", "办理材料", "所需材料"]),
        \.materials, read: { reader, key, _ in reader.textList(key) }, text: { $0?.joined(separator: "；") },
        show: { materials, _, _ in materials.map { $0.isEmpty ? .text("无需提交材料") : .list($0) } }),
      ItemField.texts("process", "办理流程", "按顺序列出的步骤。", \.process, headers: ["办理流程", "办事流程", "服务流程"])
        .shown { fields, _ in fields.process.isEmpty ? nil : .steps(fields.process) },
      ItemField.bool("on_the_spot", "当场办结", "能否当场办结。", \.onTheSpot, headers: ["当场办结", "是否当场办结"]).tableOnly(),
      ItemField.object(
        "time_limit", "办结时限", "法定和承诺办结时限；承诺时限不超过法定时限。", \.timeLimit, empty: TimeLimit(),
        headers: ["办结时限", "办理时限", "承诺时限"],
        [
          ItemField.count("statutory", "法定办结时限", "法律规定的办结时限；没有规定的可省略。", \.statutory, headers: ["法定办结时限", "法定时限"])
            .tableOnly(),
          ItemField.count("committed", "承诺办结时限", "政务服务中心承诺的办结时限。", \.committed, headers: ["承诺办结时限"]).tableOnly(),
          ItemField.choice("unit", "时限单位", "工作日或自然日。", \.unit).tableOnly(),
        ]
      ).summarised { fields, wording in wording.timeLimit(fields).map(FactValue.text) },
      .text("fee", "收费标准", "如 不收费。", \.fee, headers: ["收费标准", "收费依据及标准", "是否收费"]),
      ItemField.text("location", "办理地点", "省略时为所在乡镇（街道）政务服务中心。", \.location, headers: ["办理地点", "办公地点"])
        .shown { fields, _ in .text(fields.location ?? "所在乡镇（街道）政务服务中心") },
      .choice("online", "网上办理", "全程网办、网上预约或线下办理。", \.online, headers: ["网上办理", "网上办理程度", "办理方式"]),
      ItemField.choice(
        "proxy", "代办代领", "allowed：可以代办；forbidden：不得代办、代领（低保等）。", \.proxy, headers: ["代办代领", "是否可代办"]
      ).shown { fields, wording in wording.proxy(fields).map(FactValue.text) },
      ItemField.count("proxy_days", "代办办结天数", "允许代办时的代办办结时限（天）。", \.proxyDays, headers: ["代办办结天数", "代办时限"])
        .tableOnly(),
      ItemField.text("benefit", "待遇标签", "规则识别的待遇，如 dibao（低保）、poverty-aid、farm-subsidy。", \.benefit).tableOnly(),
      ItemField.count(
        "disclosure_per_year", "受益对象名单公开", "每年公开受益对象名单的次数。", \.disclosurePerYear, headers: ["受益对象名单公开", "公开次数"]
      ).shown { fields, _ in fields.disclosurePerYear.map { .text("每年公开 \($0) 次") } },
      .object(
        "phones", "电话", "咨询电话和监督投诉电话。", \.phones, empty: Phones(),
        [
          .text("consult", "咨询电话", "如 0851-26000000。", \.consult, headers: ["咨询电话", "咨询方式", "联系电话"]),
          .text("complaint", "监督投诉电话", "如 12345。", \.complaint, headers: ["监督投诉电话", "投诉电话", "监督电话"]),
        ]),
      .text("supervision", "监督方式", "谁监督、怎样监督。", \.supervision, headers: ["监督方式", "监督方法"]),
    ])
}

extension VillageMatter: DeclaredItem {
  package static let declaration = ItemDeclaration<VillageMatter>(
    section: "village_matters", noun: sectionName, groupKey: "kind",
    fields: [
      .code(sectionName), .name(sectionName, headers: ["承办事项名称", "委托事项", "事项"]),
      .choice("kind", "事项类型", "委托事项；行政责任书应清理废止。", \.kind, required: true, headers: ["事项类型", "类型"]),
      .townships, .office("委托机构", headers: ["委托机构", "委托单位", "乡镇责任科室"]),
      ItemField(
        FieldInfo("service", "协助的服务事项", "该事项协助完成的公共服务事项编码。", .itemCode, headers: ["协助的服务事项", "对应服务事项"]),
        \.service, read: { reader, key, _ in reader.itemCode(key) }, text: { $0 },
        show: { code, _, wording in
          code.map { code in .text(wording.names.servicesByCode[code].map { "\($0.name)（\(code)）" } ?? code) }
        }),
      .object(
        "agreement", "委托协议", "明确权、责、费的委托管理或购买服务协议。", \.agreement, empty: Agreement(),
        headers: ["委托协议"],
        [
          .choice("type", "协议类型", "委托管理或购买服务协议。", \.type, headers: ["协议类型", "委托方式"]),
          .prose("rights", "村(居)权利", "一段文字或逐条列表。", \.rights, headers: ["村(居)权利", "权利"]),
          .prose("duties", "村(居)责任", "一段文字或逐条列表。", \.duties, headers: ["村(居)责任", "责任", "义务"]),
          .prose("funding", "经费", "经费安排；不能为空、无或 0。", \.funding, headers: ["经费", "经费保障", "工作经费"]),
          .date("signed", "协议签订日期", "YYYY-MM-DD。", \.signed, headers: ["协议签订日期", "签订日期"]),
        ]),
      .date("published", "公布公示日期", "对外公布和公示的日期，不早于签订日期。", \.published, headers: ["公布公示日期", "公示日期"]),
    ])
}
