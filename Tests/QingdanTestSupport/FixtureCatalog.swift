import QingdanKit

/// A small catalog that checks clean under every built-in profile's strictest settings that apply to it, held
/// in memory, that tests change one file at a time.
public struct FixtureCatalog {
  public var files: [String: String]

  public init() {
    files = FixtureCatalog.base
  }

  /// Replaces (or adds) `path`, with markers removed; returns the marked text for assertions.
  @discardableResult
  public mutating func set(_ path: String, _ marked: String) -> MarkedText {
    let text = MarkedText(marked)
    files[path] = text.text
    return text
  }

  public func check(profile: String? = nil) throws -> CheckResult {
    try Checker().check(MemoryStorage(files: files), profileOverride: profile)
  }

  /// `line:column` of each diagnostic of `rule`, in report order.
  public func positions(of rule: String, profile: String? = nil, file: String? = nil) throws -> [String] {
    try check(profile: profile).diagnostics.filter { $0.rule == rule && (file == nil || $0.location.file == file) }
      .map { "\($0.location.line):\($0.location.column)" }
  }

  /// `line:column` of each diagnostic of `rule`, in report order. The rule is named by its type, so that a
  /// misspelt name cannot compile, and it must be on under the profile: a rule that is off finds nothing, and an
  /// assertion that it is quiet would pass for the wrong reason.
  public func positions(of rule: any DescribedRule.Type, profile: String? = nil, file: String? = nil) throws
    -> [String]
  {
    try positions(of: rule, on: true, profile: profile, file: file)
  }

  /// The same for a rule the profile turns off, for tests that show a profile silences it.
  public func positions(ofRuleOff rule: any DescribedRule.Type, profile: String) throws -> [String] {
    try positions(of: rule, on: false, profile: profile, file: nil)
  }

  private func positions(of rule: any DescribedRule.Type, on: Bool, profile: String?, file: String?) throws
    -> [String]
  {
    let result = try check(profile: profile)
    guard (result.loaded.profile.setting(for: rule.id).severity != nil) == on else {
      throw RuleIsOff(rule: rule.id, profile: result.loaded.profile.id, expectedOn: on)
    }
    return result.diagnostics.filter { $0.rule == rule.id && (file == nil || $0.location.file == file) }
      .map { "\($0.location.line):\($0.location.column)" }
  }

  /// Asked for the findings of a rule the profile turns off, or for a rule that should be off and is on.
  public struct RuleIsOff: Error, CustomStringConvertible {
    public var rule: String
    public var profile: String
    public var expectedOn: Bool
    public var description: String {
      expectedOn
        ? "rule \(rule) is off under profile \(profile): it cannot find anything"
        : "rule \(rule) is on under profile \(profile), not off"
    }
  }

  public static let base: [String: String] = [
    "qingdan.yaml": """
    county:
      name: 测试县
      code: "520626"
      edition: 2024年版
      effective: 2024-03-01
      profile: dejiang-2018
      approval: {document: 测府发〔2024〕1号, date: 2024-02-01}
      publisher: 测试县人民政府政务服务中心
    """,
    "departments.yaml": """
    departments:
      - {id: minzheng, name: 县民政局}
      - {id: ziran, name: 县自然资源局}
      - {id: sifa, name: 县司法局}
    """,
    "townships/alpha.yaml": township(id: "alpha", name: "甲镇", code: "520626100", kind: "镇"),
    "townships/beta.yaml": township(id: "beta", name: "乙街道", code: "520626001", kind: "街道"),
    "powers/base.yaml": """
    powers:
      - code: T-QL-0001
        name: 农村村民宅基地审批
        category: 行政许可
        source: 法定
        basis: [《中华人民共和国土地管理法》第六十二条]
        office: jjfz
        responsibilities: [受理责任, 审查责任, 决定责任]
        supervision: 县自然资源局
      - code: T-QL-0002
        name: 对违法占用农用地的处罚
        category: 行政处罚
        source: 委托
        department: ziran
        basis: [{law: 《中华人民共和国土地管理法》, article: 第七十七条}]
        delegation_basis: 《中华人民共和国行政处罚法》第二十四条
        townships: [alpha]
        office: jjfz
        responsibilities: [立案责任, 调查责任, 决定责任]
        supervision: 县自然资源局
        trainer: ziran
        funding: 县财政预算安排
        approval: {document: 测府函〔2024〕5号, date: 2024-01-10}
        acceptance: 较好
    """,
    "services/base.yaml": """
    services:
      - code: T-GG-0001
        name: 最低生活保障申请受理
        domain: 社会救助
        basis: [《社会救助暂行办法》第十一条]
        office: shsw
        object: 共同生活的家庭成员人均收入低于当地最低生活保障标准的家庭
        conditions: 户籍在本乡镇
        materials: [户口簿, 居民身份证]
        process: [申请, 受理, 调查, 审批]
        on_the_spot: false
        time_limit: {statutory: 30, committed: 20, unit: 工作日}
        fee: 不收费
        online: 网上预约
        proxy: forbidden
        benefit: dibao
        supervision: 县民政局
        phones: {consult: "0851-26000000", complaint: "12345"}
      - code: T-GG-0002
        name: 优抚对象抚恤补助发放
        domain: 优抚安置
        basis: [《军人抚恤优待条例》第三十条]
        office: shsw
        object: 在乡优抚对象
        conditions: 经认定的优抚对象
        process: [核对, 发放, 公示]
        on_the_spot: true
        proxy: allowed
        proxy_days: 5
        disclosure_per_year: 2
        supervision: 县退役军人事务局
        phones: {complaint: "12345"}
    """,
    "village/base.yaml": """
    village_matters:
      - code: T-CW-0001
        name: 协助城乡居民养老保险参保登记
        kind: 委托事项
        office: shsw
        service: T-GG-0001
        agreement:
          type: 委托管理
          rights: 村委会按协议收集材料
          duties: 按时上报
          funding: 每年每村 2000 元
          signed: 2024-01-05
        published: 2024-01-10
    """,
  ]

  /// A township with 7 offices (one agricultural, one for enforcement), 7 stations and a dispatched agency.
  public static func township(id: String, name: String, code: String, kind: String) -> String {
    """
    townships:
      - id: \(id)
        name: \(name)
        code: "\(code)"
        kind: \(kind)
        offices:
          - {id: dzb, name: 党政办公室, staff: 6}
          - {id: jjfz, name: 经济发展办公室, staff: 5, agricultural: true}
          - {id: shsw, name: 社会事务管理办公室, plaques: [民政办公室], staff: 5}
          - {id: zzb, name: 社会治安综合治理办公室, staff: 4}
          - {id: ajb, name: 安全生产监督管理办公室, staff: 3}
          - {id: djb, name: 党建工作办公室, staff: 3}
          - {id: zhzf, name: 综合行政执法办公室, plaques: [综合行政执法队], staff: 6}
        stations:
          - {id: nyzx, name: 农业综合服务中心, staff: 8, agricultural: true}
          - {id: lyz, name: 林业站, staff: 4, agricultural: true}
          - {id: slz, name: 水利站, staff: 3, agricultural: true}
          - {id: whzx, name: 文化服务中心, staff: 2}
          - {id: sbzx, name: 社会保障服务中心, staff: 3}
          - {id: fpz, name: 扶贫工作站, staff: 2}
          - {id: czjs, name: 村镇建设服务中心, staff: 3}
        dispatched:
          - {name: 司法所, department: sifa, township_weight: 60}
    """
  }
}
