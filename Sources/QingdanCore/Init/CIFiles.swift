/// The files `qingdan init` writes to wire a catalog repository into git, CI and editors.
enum CIFiles {
  static let gitignore = """
    # qingdan 生成的办事指南和报告
    _site/
    qingdan.sarif
    qingdan-junit.xml
    .venv/

    """

  /// GitHub Actions: check every push (findings as annotations and in code scanning), and on a pull request
  /// show what the edit changes against the target branch.
  static let github = """
    # 每次推送检查清单；合并请求还比较与目标分支的差异（qingdan diff）。
    name: qingdan
    on: [push, pull_request]
    permissions:
      contents: read
      security-events: write
    jobs:
      check:
        runs-on: ubuntu-latest
        container: swift:6.1
        steps:
          - uses: actions/checkout@v4
            with:
              fetch-depth: 0
          - name: 安装 qingdan
            run: |
              apt-get update && apt-get install -y --no-install-recommends libyaml-dev pkg-config git make
              git clone --depth 1 https://github.com/qingdan-tools/qingdan /tmp/qingdan
              make -C /tmp/qingdan install PREFIX=/usr/local
          - name: 检查清单
            run: |
              git config --global --add safe.directory "$GITHUB_WORKSPACE"
              qingdan check . --format sarif --output qingdan.sarif
              qingdan check . --format github
          - name: 上传到代码扫描
            if: always()
            uses: github/codeql-action/upload-sarif@v3
            with:
              sarif_file: qingdan.sarif
          - name: 比较与目标分支的差异
            if: github.event_name == 'pull_request'
            run: qingdan diff "origin/${{ github.base_ref }}" . --format github

    """

  /// GitLab CI: a JUnit report for the merge request widget, and a diff against the target branch.
  static let gitlab = """
    # 每次推送检查清单（结果显示在合并请求的测试报告中）；合并请求还比较与目标分支的差异。
    image: swift:6.1

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

  /// pre-commit: check the catalog before every commit.
  static let preCommit = """
    # 每次提交前检查清单（pip install pre-commit && pre-commit install）。
    repos:
      - repo: https://github.com/qingdan-tools/qingdan
        rev: v\(QingdanVersion.current)
        hooks:
          - id: qingdan-check

    """

  /// VS Code with the YAML extension: completion and Chinese hover help in every catalog file.
  static let vscode = """
    {
      "yaml.schemas": {
        "schemas/catalog.schema.json": ["*.yaml", "**/*.yaml"]
      }
    }

    """
}
