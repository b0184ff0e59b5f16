/// `time-limit-stated`: a service that is not done on the spot tells the applicant how long it takes.
struct TimeLimitStatedRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "time-limit-stated",
    summary: "不能当场办结的公共服务事项写明承诺办结时限",
    explanation: "可以当场办理的当场办结；不能当场办结的，应当告知当事人办理的流程、时限和依据。on_the_spot 不是 true 的事项须写明 time_limit.committed。",
    citation: "000 二(二)1", referenceSeverity: .error, profiles: .era(.era2018), groups: [.services],
    triggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0001
            name: 就业失业登记
            domain: 劳动就业
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
            object: 本乡镇失业人员
            conditions: 在法定劳动年龄内
            process: [申请, 受理, 登记]
            on_the_spot: false
            time_limit: 1️⃣{statutory: 15, unit: 工作日}
            online: 全程网办
            proxy: forbidden
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0001
            name: 就业失业登记
            domain: 劳动就业
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
            object: 本乡镇失业人员
            conditions: 在法定劳动年龄内
            process: [申请, 受理, 登记]
            on_the_spot: true
            online: 全程网办
            proxy: forbidden
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.services.compactMap { service in
      guard service.onTheSpot != true, service.timeLimit?.committed == nil else { return nil }
      return finding(
        service, "\(CatalogIndex.label(service))不能当场办结，但没有写明承诺办结时限（time_limit.committed）",
        at: service.locations.has("time_limit") ? "time_limit" : "on_the_spot")
    }
  }
}
