/// The elements of an item the publications show, in the order of the table's columns. Each names its column in
/// `catalog.csv` (`key`, as the catalog spells the field) and lets the table place a fact without a look-up.
enum FactField: Int, CaseIterable, Sendable {
  case list, code, name, category, domain, kind, source, department, basis, delegationBasis, townships, office
  case responsibilities, supervision, trainer, funding, approval, acceptance, object, conditions, materials, process
  case onTheSpot, timeLimitStatutory, timeLimitCommitted, timeLimitUnit, timeLimit, fee, location, online, proxy
  case proxyDays, benefit, disclosurePerYear, phonesConsult, phonesComplaint, service, agreementType
  case agreementRights, agreementDuties, agreementFunding, agreementSigned, published

  var key: String {
    switch self {
    case .list: return "list"
    case .code: return "code"
    case .name: return "name"
    case .category: return "category"
    case .domain: return "domain"
    case .kind: return "kind"
    case .source: return "source"
    case .department: return "department"
    case .basis: return "basis"
    case .delegationBasis: return "delegation_basis"
    case .townships: return "townships"
    case .office: return "office"
    case .responsibilities: return "responsibilities"
    case .supervision: return "supervision"
    case .trainer: return "trainer"
    case .funding: return "funding"
    case .approval: return "approval"
    case .acceptance: return "acceptance"
    case .object: return "object"
    case .conditions: return "conditions"
    case .materials: return "materials"
    case .process: return "process"
    case .onTheSpot: return "on_the_spot"
    case .timeLimitStatutory: return "time_limit.statutory"
    case .timeLimitCommitted: return "time_limit.committed"
    case .timeLimitUnit: return "time_limit.unit"
    case .timeLimit: return "time_limit"
    case .fee: return "fee"
    case .location: return "location"
    case .online: return "online"
    case .proxy: return "proxy"
    case .proxyDays: return "proxy_days"
    case .benefit: return "benefit"
    case .disclosurePerYear: return "disclosure_per_year"
    case .phonesConsult: return "phones.consult"
    case .phonesComplaint: return "phones.complaint"
    case .service: return "service"
    case .agreementType: return "agreement.type"
    case .agreementRights: return "agreement.rights"
    case .agreementDuties: return "agreement.duties"
    case .agreementFunding: return "agreement.funding"
    case .agreementSigned: return "agreement.signed"
    case .published: return "published"
    }
  }
}
