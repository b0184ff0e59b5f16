/// The fields of a thing as flat, comparable text, by the dotted names FORMAT.md gives them. Two editions are
/// compared field by field through these snapshots; the order of list entries that are sets (townships) does not
/// count, the order of steps does.
enum FieldSnapshot {
  typealias Fields = [(String, String?)]

  static func power(_ power: Power) -> Fields {
    [
      ("category", power.category?.rawValue), ("source", power.source?.rawValue), ("department", power.department),
      ("basis", list(power.basis.map(\.description))), ("delegation_basis", power.delegationBasis?.description),
      ("office", power.office), ("responsibilities", list(power.responsibilities)), ("supervision", power.supervision),
      ("trainer", power.trainer), ("funding", power.funding), ("approval.document", power.approval?.document),
      ("approval.date", power.approval?.date?.description), ("acceptance", power.acceptance?.rawValue),
    ]
  }

  static func service(_ service: ServiceItem) -> Fields {
    [
      ("domain", service.domain), ("basis", list(service.basis.map(\.description))), ("office", service.office),
      ("supervision", service.supervision), ("object", service.object), ("conditions", service.conditions),
      ("materials", service.materials.map { $0.joined(separator: "；") }), ("process", list(service.process)),
      ("on_the_spot", service.onTheSpot.map { $0 ? "true" : "false" }),
      ("time_limit.statutory", service.timeLimit?.statutory.map(String.init)),
      ("time_limit.committed", service.timeLimit?.committed.map(String.init)),
      ("time_limit.unit", service.timeLimit?.unit?.rawValue), ("fee", service.fee), ("location", service.location),
      ("online", service.online?.rawValue), ("proxy", service.proxy?.rawValue),
      ("proxy_days", service.proxyDays.map(String.init)), ("benefit", service.benefit),
      ("disclosure_per_year", service.disclosurePerYear.map(String.init)), ("phones.consult", service.phones?.consult),
      ("phones.complaint", service.phones?.complaint),
    ]
  }

  static func village(_ matter: VillageMatter) -> Fields {
    [
      ("kind", matter.kind?.rawValue), ("office", matter.office), ("service", matter.service),
      ("agreement.type", matter.agreement?.type?.rawValue), ("agreement.rights", matter.agreement?.rights),
      ("agreement.duties", matter.agreement?.duties), ("agreement.funding", matter.agreement?.funding),
      ("agreement.signed", matter.agreement?.signed?.description), ("published", matter.published?.description),
    ]
  }

  static func county(_ county: County) -> Fields {
    [
      ("name", county.name), ("code", county.code), ("edition", county.edition),
      ("effective", county.effective?.description), ("profile", county.profile),
      ("approval.document", county.approval?.document), ("approval.date", county.approval?.date?.description),
      ("publisher", county.publisher),
    ]
  }

  /// A township's own fields and, by id, those of its offices, stations and dispatched agencies.
  static func township(_ township: Township) -> Fields {
    var fields: Fields = [
      ("code", township.code), ("kind", township.kind?.rawValue), ("pilot", String(township.pilot)),
      ("agricultural", String(township.agricultural)),
    ]
    for office in township.offices {
      fields += [
        ("offices.\(office.id)", office.name), ("offices.\(office.id).plaques", list(office.plaques)),
        ("offices.\(office.id).staff", office.staff.map(String.init)),
        ("offices.\(office.id).agricultural", office.agricultural ? "true" : nil),
      ]
    }
    for station in township.stations {
      fields += [
        ("stations.\(station.id)", station.name), ("stations.\(station.id).staff", station.staff.map(String.init)),
        ("stations.\(station.id).agricultural", station.agricultural ? "true" : nil),
      ]
    }
    for agency in township.dispatched {
      fields += [
        ("dispatched.\(agency.name)", agency.department),
        ("dispatched.\(agency.name).township_weight", agency.townshipWeight.map(Formats.plain)),
      ]
    }
    return fields
  }

  /// The fields that differ, in the order of `old` then the new ones.
  static func differences(_ old: Fields, _ new: Fields) -> [FieldChange] {
    // Most things do not change: the same fields in the same order with the same values.
    if old.elementsEqual(new, by: { $0.0 == $1.0 && $0.1 == $1.1 }) { return [] }
    let oldValues = Dictionary(old.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    let newValues = Dictionary(new.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    var changes: [FieldChange] = []
    var seen = Set<String>()
    for (field, _) in old + new where seen.insert(field).inserted {
      let before = oldValues[field] ?? nil
      let after = newValues[field] ?? nil
      if before != after { changes.append(FieldChange(field: field, old: before, new: after)) }
    }
    return changes
  }

  private static func list(_ values: [String]) -> String? {
    values.isEmpty ? nil : values.joined(separator: "；")
  }
}
