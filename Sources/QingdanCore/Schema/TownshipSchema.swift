/// The township part of the catalog schema: a township, its offices, stations and dispatched agencies.
enum TownshipSchema {
  /// A township of this edition, or one of the previous edition merged into another.
  static var township: JSONValue { S.anyOf([current, merger]) }

  static var merger: JSONValue {
    S.object(
      required: ["id", "name", "merged_into"],
      [
        S.field("id", "乡镇标识", "上一版中该乡镇的标识。", S.ref("slug")),
        S.field("name", "乡镇名称", "上一版中该乡镇的名称。", S.ref("text")),
        S.field(
          "merged_into", "并入的乡镇", "乡镇合并：该乡镇已并入本版 townships 中标识为此值的乡镇，原在该乡镇实施的事项由并入的乡镇实施。",
          S.ref("slug")),
      ])
  }

  static var current: JSONValue {
    S.object(
      required: ["id", "name", "code", "kind"],
      [
        S.field("id", "乡镇标识", "小写字母开头，由小写字母、数字和 - 组成，在全县唯一，如 qinglong。", S.ref("slug")),
        S.field("name", "乡镇名称", "如 青龙街道。", S.ref("text")),
        S.field(
          "code", "乡级行政区划代码", "9 位数字，前 6 位是本县代码。",
          S.anyOf([S.pattern("^[0-9]{9}$"), S.integer(100_000_000, 999_999_999)])),
        S.field("kind", "类别", "乡、镇或街道。", S.enumeration(TownshipKind.allCases.map(\.rawValue))),
        S.field("pilot", "改革试点", "是否开展乡镇行政管理体制改革试点；试点乡镇须设综合行政执法办公室。", S.ref("bool")),
        S.field("agricultural", "以农业为主", "是否以农业为主的乡镇（影响农业农村工作人员比例的要求）。", S.ref("bool")),
        S.field("offices", "党政办事机构", "乡镇党政办事机构；加挂的牌子不另算机构。", S.array(S.ref("office"))),
        S.field("stations", "事业站所", "乡镇事业站所。", S.array(S.ref("station"))),
        S.field("dispatched", "派驻机构", "县直部门派驻本乡镇的机构。", S.array(S.ref("dispatched"))),
      ])
  }

  static var office: JSONValue {
    S.object(
      required: ["id", "name"],
      [
        S.field("id", "机构标识", "在本乡镇内唯一；同一机构在各乡镇宜用同一标识，事项的 office 按它引用。", S.ref("slug")),
        S.field("name", "机构名称", "如 社会事务管理办公室。", S.ref("text")),
        S.field("plaques", "加挂牌子", "本机构加挂的其他牌子，如 民政办公室。", S.ref("texts")),
        S.field("staff", "人员", "编制或实有人数。", S.ref("count")),
        S.field("agricultural", "农业农村工作", "是否承担农业农村工作。", S.ref("bool")),
      ])
  }

  static var station: JSONValue {
    S.object(
      required: ["id", "name"],
      [
        S.field("id", "站所标识", "在本乡镇内唯一（与机构共用标识空间）。", S.ref("slug")),
        S.field("name", "站所名称", "如 农业综合服务中心。", S.ref("text")),
        S.field("staff", "人员", "编制或实有人数。", S.ref("count")),
        S.field("agricultural", "农业农村工作", "是否承担农业农村工作（qingdan 对 FORMAT.md 的补充）。", S.ref("bool")),
      ])
  }

  static var dispatched: JSONValue {
    S.object(
      required: ["name", "department"],
      [
        S.field("name", "派驻机构名称", "如 司法所。", S.ref("text")),
        S.field("department", "所属部门", "departments 中的部门标识。", S.ref("slug")),
        S.field("township_weight", "乡镇考核权重", "乡镇在对该机构考核中所占的权重（百分数，0–100）。", S.number(0, 100)),
      ])
  }
}
