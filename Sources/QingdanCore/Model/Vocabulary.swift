/// The official vocabularies of FORMAT.md. Raw values are the terms catalogs write.

public enum TownshipKind: String, Sendable, CaseIterable {
  case xiang = "乡"
  case zhen = "镇"
  case jiedao = "街道"
}

public enum PowerCategory: String, Sendable, CaseIterable {
  case licensing = "行政许可"
  case penalty = "行政处罚"
  case enforcement = "行政强制"
  case levy = "行政征收"
  case payment = "行政给付"
  case inspection = "行政检查"
  case confirmation = "行政确认"
  case reward = "行政奖励"
  case adjudication = "行政裁决"
  case other = "其他行政权力"
}

public enum PowerSource: String, Sendable, CaseIterable {
  case statutory = "法定"
  case entrusted = "委托"
  case devolved = "下放"
  case authorized = "授权"
}

public enum Acceptance: String, Sendable, CaseIterable {
  case good = "较好"
  case fair = "一般"
  case poor = "较差"
}

public enum TimeUnit: String, Sendable, CaseIterable {
  case workingDays = "工作日"
  case calendarDays = "自然日"
}

public enum OnlineLevel: String, Sendable, CaseIterable {
  case fullyOnline = "全程网办"
  case bookOnline = "网上预约"
  case offline = "线下办理"
}

public enum ProxyRule: String, Sendable, CaseIterable {
  case allowed
  case forbidden
}

public enum VillageMatterKind: String, Sendable, CaseIterable {
  case entrusted = "委托事项"
  case responsibilityLetter = "行政责任书"
}

public enum AgreementType: String, Sendable, CaseIterable {
  case management = "委托管理"
  case purchase = "购买服务协议"
}
