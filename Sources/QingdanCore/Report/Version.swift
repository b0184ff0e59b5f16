/// qingdan's version, for `--version` and the tool section of SARIF reports.
public enum QingdanVersion {
  public static let current = "0.1.0"
  public static let informationURI = "https://github.com/qingdan-tools/qingdan"
}
