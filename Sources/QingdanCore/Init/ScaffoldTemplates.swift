/// The catalog files `qingdan init` writes, with a Chinese comment on every field (`Scaffold` puts the schema
/// modeline above each).
struct ScaffoldTemplates {
  let county: String
  let code: String

  var root: String {
    """
    # 清单的根文件：县的基本信息和本版清单的批准情况。county 和 rules 只能写在这个文件里。
    county:
      name: \(county)            # 县(市、区)名称
      code: "\(code)"            # 6 位县级行政区划代码（加引号，保持文字）
      edition: 2025年版          # 本版清单的版次
      effective: 2025-01-01      # 施行日期，YYYY-MM-DD
      profile: dejiang-2018      # 规则配置：内置 dejiang-2018、beijing-2018、jiangjin-pilot，或清单目录内配置文件的路径
      approval:                  # 县人民政府批准本版清单（文号和日期，日期不晚于施行日期）
        document: 某府函〔2024〕1号
        date: 2024-12-20
      publisher: \(county)人民政府政务服务中心   # 发布办事指南的单位

    # 对规则配置的调整（可选）：规则 id 对应 off、error/warning/info，或参数。运行 qingdan rules 查看全部规则。
    # rules:
    #   stations-count: {expected: 6, citation: 某编发〔2024〕2号}

    """
  }

  var departments: String {
    """
    # 县直部门：下放事项和派驻机构所属的部门。id 用小写字母、数字和 -，在全县唯一。
    departments:
      - id: minzheng             # 部门标识
        name: 县民政局           # 部门名称
      - id: sifa
        name: 县司法局
      - id: ziran-ziyuan
        name: 县自然资源局

    """
  }

  var township: String {
    let offices = [
      ("dzb", "党政办公室", ""), ("jjfz", "经济发展办公室", ""), ("shsw", "社会事务管理办公室", "民政办公室"),
      ("zzb", "社会治安综合治理办公室", ""), ("ajb", "安全生产监督管理办公室", ""), ("djb", "党建工作办公室", ""),
      ("zrzy", "自然资源和生态环境保护办公室", ""),
    ]
    let stations = [
      ("nyzx", "农业综合服务中心"), ("lyz", "林业站"), ("slz", "水利站"), ("whzx", "综合文化服务中心"),
      ("sbzx", "社会保障服务中心"), ("fpz", "乡村振兴工作站"), ("czjs", "村镇建设服务中心"),
    ]
    var text =
      """
      # 一个乡镇一个文件：基本信息、党政办事机构（7–9 个，加挂的牌子不计数）、事业站所（原则上 7 个）、派驻机构。
      townships:
        - id: shili                # 乡镇标识：小写字母、数字和 -，在全县唯一
          name: 示例镇             # 乡镇名称
          code: "\(code)100"       # 9 位乡级行政区划代码，前 6 位是本县代码
          kind: 镇                 # 乡、镇或街道
          pilot: false             # 是否开展行政管理体制改革试点（试点须设综合行政执法办公室）
          agricultural: false      # 是否以农业为主的乡镇
          offices:                 # 党政办事机构：id 在各乡镇保持一致，事项的 office 按它引用

      """
    for (id, name, plaque) in offices {
      text += "      - {id: \(id), name: \(name)\(plaque.isEmpty ? "" : ", plaques: [\(plaque)]")}\n"
    }
    text += "    stations:                # 事业站所\n"
    for (id, name) in stations { text += "      - {id: \(id), name: \(name)}\n" }
    text += """
          dispatched:              # 县直部门派驻机构：乡镇在考核中的权重不低于 60（%）
            - {name: 司法所, department: sifa, township_weight: 60}

      """
    return text
  }

  var powers: String {
    """
    # 权力事项：法定事项（法律规定由乡镇实施）和县直部门委托、下放、授权的事项。
    powers:
      - code: SL-QL-0001         # 事项编码：字母、数字和 - _ .，在三张清单之间唯一
        name: 农村村民宅基地审批   # 事项名称
        category: 行政许可        # 权力类别：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力
        source: 法定              # 事项来源：法定、委托、下放、授权（非法定事项还要写 department、approval、trainer、funding）
        basis:                    # 法律依据，至少一条
          - 《中华人民共和国土地管理法》第六十二条
        townships: all            # 实施范围：all 或乡镇标识的列表
        office: jjfz              # 承办机构：乡镇机构或站所的标识
        responsibilities:         # 责任事项
          - 受理责任：公示申请条件和材料，依法受理或不予受理
          - 审查责任：审查申请材料，组织实地踏勘
          - 决定责任：作出批准或不予批准的决定，不予批准的说明理由
          - 事后监管责任：开展批后监管
        supervision: 县自然资源局业务指导和监督；群众监督，投诉电话 12345   # 监督方式

    """
  }

  var services: String {
    """
    # 公共服务事项：办事指南的全部要素。
    services:
      - code: SL-GG-0001
        name: 最低生活保障申请受理
        domain: 社会救助          # 服务领域
        basis:
          - 《社会救助暂行办法》第十一条
        townships: all
        office: shsw
        object: 共同生活的家庭成员人均收入低于当地最低生活保障标准、家庭财产符合规定的家庭   # 服务对象
        conditions: 由共同生活的家庭成员向户籍所在地乡镇提出书面申请   # 受理条件和服务要求
        materials: [申请书, 户口簿, 居民身份证]   # 申请材料（可以为空列表）
        process: [申请, 受理, 入户调查, 民主评议, 审核, 公示, 审批]   # 办理流程，按顺序
        on_the_spot: false        # 能否当场办结；不能的须写承诺时限
        time_limit: {committed: 20, unit: 工作日}   # 承诺（和法定 statutory）办结时限
        fee: 不收费               # 收费标准
        online: 网上预约          # 全程网办、网上预约或线下办理
        proxy: forbidden          # 低保、贫困补助、农业补贴等不得代办、代领
        benefit: dibao            # 待遇标签
        supervision: 县民政局     # 监督方式
        phones: {consult: "0000-0000000", complaint: "12345"}   # 咨询电话和监督投诉电话

    """
  }

  var village: String {
    """
    # 委托村(居)民委员会承办的事项：须签订委托管理或购买服务协议，明确权、责、费，并公布公示。
    village_matters:
      - code: SL-CW-0001
        name: 协助开展城乡居民基本养老保险参保登记
        kind: 委托事项            # 委托事项（行政责任书应清理废止）
        office: shsw              # 委托的乡镇机构
        agreement:
          type: 委托管理          # 委托管理或购买服务协议
          rights: 按协议取得工作经费，获得业务培训     # 村(居)的权利
          duties: 按时收集核实参保材料并上报           # 村(居)的责任
          funding: 每村每年 2000 元，由乡镇财政支付     # 经费：不能为空、无或 0
          signed: 2024-12-25      # 协议签订日期
        published: 2024-12-28     # 对外公布和公示日期，不早于签订日期

    """
  }

  var waivers: String {
    """
    # 经批准的例外：rule（规则 id）、target（事项编码、乡镇标识或 county）、reason、approved（批准文件）。
    # 没有豁免任何问题的豁免本身会得到警告，所以这里先不写。
    waivers: []

    """
  }
}
