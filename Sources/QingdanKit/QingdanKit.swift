// QingdanKit is the whole library under one name, for the `qingdan` command, the fuzzer and the tests:
// QingdanYAML (reading YAML) ← QingdanCore (catalogs, rules, check, diff, reports) ← QingdanPublish (the guide,
// the handbook, the tables).
@_exported import QingdanCore
@_exported import QingdanPublish
@_exported import QingdanYAML
