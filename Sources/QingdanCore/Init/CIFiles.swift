/// The files `qingdan init` writes to wire a catalog repository into git, CI and editors.
enum CIFiles {
  /// The official Swift image the CI templates build qingdan in. Its version is at least Package.swift's
  /// `swift-tools-version` (InitAndHooksTests reads both), and it is the toolchain qingdan is developed with.
  static let swiftImage = "swift:6.3"

  static let gitignore = """
    # qingdan 生成的办事指南和报告
    _site/
    qingdan.sarif
    qingdan-junit.xml
    .venv/

    """

  /// GitHub Actions: check every push (findings as annotations and in code scanning), and on a pull request
  /// show what the edit changes against the target branch. The check step records check's exit code instead of
  /// failing, so that a failing check still prints its annotations, uploads its SARIF and shows the diff; the
  /// last step then fails the job with that exit code.
  static let github = """
    # 每次推送检查清单；合并请求还比较与目标分支的差异（qingdan diff）。
    # 清单有问题时，问题照样标在合并请求的行上、上传到代码扫描，最后一步再让检查失败。
    name: qingdan
    on: [push, pull_request]
    permissions:
      contents: read
      security-events: write
    jobs:
      check:
        runs-on: ubuntu-latest
        container: \(swiftImage)
        steps:
          - uses: actions/checkout@v4
            with:
              fetch-depth: 0          # qingdan diff 需要目标分支的历史
          - name: 安装 qingdan
            run: |
              apt-get update && apt-get install -y --no-install-recommends libyaml-dev pkg-config git make
              git clone --depth 1 https://github.com/qingdan-tools/qingdan /tmp/qingdan
              make -C /tmp/qingdan install PREFIX=/usr/local
          - name: 检查清单
            id: check
            shell: bash
            run: |
              git config --global --add safe.directory "$GITHUB_WORKSPACE"
              status=0
              qingdan check . --format sarif --output qingdan.sarif || status=$?
              qingdan check . --format github || status=$?
              echo "exit-code=$status" >> "$GITHUB_OUTPUT"
          - name: 上传到代码扫描
            if: ${{ !cancelled() && hashFiles('qingdan.sarif') != '' }}
            uses: github/codeql-action/upload-sarif@v4
            with:
              sarif_file: qingdan.sarif
          - name: 比较与目标分支的差异
            if: ${{ !cancelled() && steps.check.outcome == 'success' && github.event_name == 'pull_request' }}
            run: qingdan diff "origin/${{ github.base_ref }}" . --format github
          - name: 检查结果
            if: ${{ !cancelled() && steps.check.outcome == 'success' && steps.check.outputs.exit-code != '0' }}
            run: |
              echo "qingdan check 发现问题（退出码 ${{ steps.check.outputs.exit-code }}），见上面“检查清单”的输出。"
              exit ${{ steps.check.outputs.exit-code }}

    """

  /// GitLab CI: a JUnit report for the merge request widget, and a diff against the target branch.
  static let gitlab = """
    # 每次推送检查清单（结果显示在合并请求的测试报告中）；合并请求还比较与目标分支的差异。
    image: \(swiftImage)

    before_script:
      - apt-get update && apt-get install -y --no-install-recommends libyaml-dev pkg-config git make
      - git clone --depth 1 https://github.com/qingdan-tools/qingdan /tmp/qingdan
      - make -C /tmp/qingdan install PREFIX=/usr/local

    qingdan-check:
      script:
        - qingdan check . --format junit --output qingdan-junit.xml
      artifacts:
        when: always
        reports:
          junit: qingdan-junit.xml

    qingdan-diff:
      rules:
        - if: $CI_PIPELINE_SOURCE == "merge_request_event"
      script:
        - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
        - qingdan diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" . --format markdown --output changes.md
      artifacts:
        when: always
        paths: [changes.md]

    """

  /// pre-commit: check the catalog before every commit, with qingdan built by pre-commit or, where it is
  /// installed, the installed one (`language: system`, see `.pre-commit-hooks.yaml`).
  static let preCommit = """
    # 每次提交前检查清单（pip install pre-commit && pre-commit install）。
    # qingdan-check 由 pre-commit 下载并用 Swift 构建 qingdan（第一次较慢）；电脑上已经安装了 qingdan 时，
    # 把 id 改为 qingdan-check-system，直接使用已安装的 qingdan，不需要 Swift。
    repos:
      - repo: https://github.com/qingdan-tools/qingdan
        rev: v\(QingdanVersion.current)
        hooks:
          - id: qingdan-check

    """

  /// Where `qingdan init` puts the JSON Schemas.
  static let schemaFolder = "schemas"

  /// Profile files, by name, as VS Code globs: `profile.yaml`, or `<name>.profile.yaml` when there are several.
  static let profileGlobs = ["**/profile.yaml", "**/profile.yml", "**/*.profile.yaml", "**/*.profile.yml"]

  /// Catalog files as VS Code globs: every YAML file except hidden files and folders (`.pre-commit-config.yaml`,
  /// `.github/workflows/`, `.gitlab-ci.yml`, which have SchemaStore's schemas), folders starting with `_` (which
  /// check skips too) and profile files.
  static let catalogGlobs =
    ["**/*.yaml", "**/*.yml", "!**/.*", "!**/.*/**", "!**/_*/**"] + profileGlobs.map { "!" + $0 }

  /// VS Code with the YAML extension: completion and Chinese hover help in every catalog and profile file.
  /// Schema paths are relative to the workspace (the catalog folder opened in VS Code).
  static var vscode: String {
    func list(_ globs: [String]) -> String { globs.map { JSONText.quoted($0) }.joined(separator: ", ") }
    return """
      {
        "yaml.schemas": {
          "\(schemaFolder)/\(CatalogSchema.fileName)": [\(list(catalogGlobs))],
          "\(schemaFolder)/\(ProfileSchema.fileName)": [\(list(profileGlobs))]
        }
      }

      """
  }

  /// The yaml-language-server modeline that gives the catalog file at `path` (relative to the catalog folder) the
  /// catalog schema. The language server resolves a relative `$schema` against the file's own folder, so a file in
  /// `powers/` needs `../schemas/…`.
  static func schemaModeline(for path: String) -> String {
    let depth = path.split(separator: "/").count - 1
    return "# yaml-language-server: $schema=\(String(repeating: "../", count: depth))\(schemaFolder)/"
      + CatalogSchema.fileName + "\n"
  }
}
