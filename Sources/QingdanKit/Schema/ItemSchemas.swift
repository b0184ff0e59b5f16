/// The item part of the catalog schema: powers, services and village matters.
enum ItemSchemas {
  static var definitions: [(String, JSONValue)] {
    [
      ("item_code", S.anyOf([S.pattern("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"), S.integer(0, 999_999_999_999)])),
      (
        "legal_basis",
        S.anyOf([
          S.ref("text"),
          S.object(
            required: ["law"],
            [
              S.field("law", "法律法规名称", "如 《中华人民共和国城乡规划法》。", S.ref("text")),
              S.field("article", "条款", "如 第四十一条。", S.ref("text")),
            ]),
        ])
      ),
      (
        "townships",
        S.anyOf([.object([("const", "all")]), S.array(S.ref("slug"))])
      ),
      ("power", power), ("service", service), ("village_matter", village),
    ]
  }

  static func common(_ noun: String) -> [(String, JSONValue)] {
    [
      S.field("code", "事项编码", "\(noun)编码：字母、数字和 - _ .，在三张清单之间唯一。", S.ref("item_code")),
      S.field("name", "事项名称", "\(noun)的名称。", S.ref("text")),
      S.field("townships", "实施范围", "all（全部乡镇）或乡镇标识的列表；省略时为 all。", S.ref("townships")),
      S.field("office", "承办机构", "乡镇党政办事机构或站所的标识；须在适用的每个乡镇都存在。", S.ref("slug")),
    ]
  }

  static var power: JSONValue {
    S.object(
      required: ["code", "name", "category", "source"],
      common("权力事项") + [
        S.field("category", "权力类别", "十类行政权力之一。", S.enumeration(PowerCategory.allCases.map(\.rawValue))),
        S.field("source", "事项来源", "法定：法律规定由乡镇实施；委托、下放、授权：来自县直部门。", S.enumeration(PowerSource.allCases.map(\.rawValue))),
        S.field("department", "下放部门", "委托、下放、授权事项的县直部门标识。", S.ref("slug")),
        S.field("basis", "法律依据", "至少一条，如 《中华人民共和国城乡规划法》第四十一条。", S.array(S.ref("legal_basis"))),
        S.field("delegation_basis", "下放依据", "允许把该项权力交给乡镇行使的条款。", S.ref("legal_basis")),
        S.field("responsibilities", "责任事项", "受理、审查、决定、送达、事后监管等责任。", S.ref("texts")),
        S.field("supervision", "监督方式", "谁监督、怎样监督。", S.ref("text")),
        S.field("trainer", "培训指导监督部门", "谁下放谁负责培训、指导、监督：应与 department 相同。", S.ref("slug")),
        S.field("funding", "经费保障", "承接该事项的经费来源。", S.ref("text")),
        S.field("approval", "县人民政府批准", "委托下放的批准文号和日期。", S.ref("approval")),
        S.field("acceptance", "承接情况", "较好、一般或较差。", S.enumeration(Acceptance.allCases.map(\.rawValue))),
      ])
  }

  static var service: JSONValue {
    S.object(
      required: ["code", "name", "domain"],
      common("公共服务事项") + [
        S.field("domain", "服务领域", "如 社会救助、优抚安置、劳动就业。", S.ref("text")),
        S.field("basis", "法律依据", "至少一条。", S.array(S.ref("legal_basis"))),
        S.field("supervision", "监督方式", "谁监督、怎样监督。", S.ref("text")),
        S.field("object", "服务对象", "谁可以办理。", S.ref("text")),
        S.field("conditions", "受理条件和服务要求", "办理须满足的条件。", S.ref("text")),
        S.field("materials", "申请材料", "申请人须提交的材料；可以为空列表。", S.ref("texts")),
        S.field("process", "办理流程", "按顺序列出的步骤。", S.ref("texts")),
        S.field("on_the_spot", "当场办结", "能否当场办结。", S.ref("bool")),
        S.field(
          "time_limit", "办结时限", "法定和承诺办结时限；承诺时限不超过法定时限。",
          S.object([
            S.field("statutory", "法定时限", "法律规定的办结时限；没有规定的可省略。", S.ref("count")),
            S.field("committed", "承诺时限", "政务服务中心承诺的办结时限。", S.ref("count")),
            S.field("unit", "时限单位", "工作日或自然日。", S.enumeration(TimeUnit.allCases.map(\.rawValue))),
          ])),
        S.field("fee", "收费标准", "如 不收费。", S.ref("text")),
        S.field("location", "办理地点", "省略时为所在乡镇（街道）政务服务中心。", S.ref("text")),
        S.field("online", "网上办理", "全程网办、网上预约或线下办理。", S.enumeration(OnlineLevel.allCases.map(\.rawValue))),
        S.field(
          "proxy", "代办代领", "allowed：可以代办；forbidden：不得代办、代领（低保等）。", S.enumeration(ProxyRule.allCases.map(\.rawValue))),
        S.field("proxy_days", "代办办结天数", "允许代办时的代办办结时限（天）。", S.ref("count")),
        S.field("benefit", "待遇标签", "规则识别的待遇，如 dibao（低保）、poverty-aid、farm-subsidy。", S.ref("text")),
        S.field("disclosure_per_year", "名单公开次数", "每年公开受益对象名单的次数。", S.ref("count")),
        S.field(
          "phones", "电话", "咨询电话和监督投诉电话。",
          S.object([
            S.field("consult", "咨询电话", "如 0851-26000000。", S.ref("text")),
            S.field("complaint", "监督投诉电话", "如 12345。", S.ref("text")),
          ])),
      ])
  }

  static var village: JSONValue {
    S.object(
      required: ["code", "name", "kind"],
      common("委托村(居)承办事项") + [
        S.field("kind", "事项类型", "委托事项；行政责任书应清理废止。", S.enumeration(VillageMatterKind.allCases.map(\.rawValue))),
        S.field("service", "协助的服务事项", "该事项协助完成的公共服务事项编码。", S.ref("item_code")),
        S.field(
          "agreement", "委托协议", "明确权、责、费的委托管理或购买服务协议。",
          S.object([
            S.field("type", "协议类型", "委托管理或购买服务协议。", S.enumeration(AgreementType.allCases.map(\.rawValue))),
            S.field("rights", "村(居)权利", "一段文字或逐条列表。", S.ref("prose")),
            S.field("duties", "村(居)责任", "一段文字或逐条列表。", S.ref("prose")),
            S.field("funding", "经费", "经费安排；不能为空、无或 0。", S.ref("prose")),
            S.field("signed", "签订日期", "YYYY-MM-DD。", S.ref("date")),
          ])),
        S.field("published", "公布公示日期", "对外公布和公示的日期，不早于签订日期。", S.ref("date")),
      ])
  }
}
