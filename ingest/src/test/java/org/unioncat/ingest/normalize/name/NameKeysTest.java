package org.unioncat.ingest.normalize.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

  /** The three forms of the brief, all to "tolkien jrr". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tolkien, J. R. R. (John Ronald Reuel), 1892-1973",
        "Tolkien, John Ronald Reuel",
        "J.R.R. Tolkien",
        "Tolkien, J.R.R.",
        "J. R. R. Tolkien",
        "John Ronald Reuel Tolkien",
        "by J.R.R. Tolkien ; illustrated by Alan Lee",
        "by J.R.R. Tolkien.",
        "[by] J.R.R. Tolkien",
        "TOLKIEN, J.R.R.",
      })
  void authorizedAndFreeFormNamesShareAKey(String name) {
    assertThat(NameKeys.keyOf(name)).isEqualTo("tolkien jrr");
  }

  /** Names from Open Library's expected parses and threshold pairs, and catalogers' variants. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bruner, Jerome S. | bruner js",
        "Jerome S. Bruner | bruner js",
        "Green, Constance McLaughlin | green cm",
        "Constance McLaughlin Green | green cm",
        "Stanley Cramp | cramp s",
        "Stanley Cramp. | cramp s",
        "Cramp, Stanley. | cramp s",
        "Burkholder, Conrad | burkholder c",
        "Kimizuka, Yoshiro | kimizuka y",
        "Lyons, Daniel | lyons d",
        "Coleridge, Samuel Taylor | coleridge st",
        "Philbrick, W. R. | philbrick wr",
        "W. Rodman Philbrick | philbrick wr",
        "Pollan, Stephen M. | pollan sm",
        "Crétineau-Joly, J. | cretineau joly j",
        "Fouché, Joseph | fouche j",
        "Benét, William Rose | benet wr",
        "Petrushevskai︠a︡, Li︠u︡dmila | petrushevskaia l",
        "Armitage, M. Teresa | armitage mt",
        "St. John, Noah | st john n",
        "St. John, Noah, 1967- | st john n",
        "by Noah St. John ; foreword by Jack Canfield. | st john n",
        "Hayashiya, Tatsusaburō, 1914-1998. | hayashiya t",
        "by E.E. Bliss, D.D., of Constantinople. | bliss ee",
        "John Smith, Ph.D. | smith j",
        "Wang, Ba | wang b",
        "Ma, Yo-Yo | ma yy",
        "Bliss, E. E. | bliss ee",
        "edited by  Michael F. Goodchild, Donald G. Janelle. | goodchild mf",
        "edited by Claudio Baraúna Vieira, Protásio Martins, Chengi Kuo. | vieira cb",
        "Goodchild, Michael F. | goodchild mf",
        "Voltaire | voltaire",
        "Homer | homer",
        "Horace | horace",
        "Beethoven, Ludwig van | beethoven lv",
        "Ludwig van Beethoven | beethoven lv",
        "King, Martin Luther, Jr., 1929-1968 | king ml",
        "Martin Luther King Jr. | king ml",
        "Dr. Martin Luther King, Jr. | king ml",
        "Sir Arthur Conan Doyle | doyle ac",
        "Jean-Paul Sartre | sartre jp",
        "Sartre, Jean-Paul, 1905-1980 | sartre jp",
        "Müller, Hans | muller h",
        "Hans Mueller | mueller h",
        "edited by Jane Smith and John Doe | smith j",
        "Jane Smith, John Doe | smith j",
        "translated by Alph. de Beauchamp | beauchamp ad",
        "Scott, Robert N. ... [et al.] | scott rn",
        "Robert N. Scott [et al.] | scott rn",
        "von Johann Wolfgang von Goethe | goethe jwv",
        "par Victor Hugo | hugo v",
        "'' | ''",
        "by | by",
      })
  void latinNamesKeyAsSurnameAndInitials(String name, String key) {
    assertThat(NameKeys.keyOf(name)).isEqualTo(key);
  }

  /**
   * Chinese names from dp2 BNU and OCLC 63111280 records, and CNMARC statements of responsibility.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "曹雪芹 | 曹雪芹",
        "曹 雪芹 | 曹雪芹",
        "曹雪芹著 | 曹雪芹",
        "[清]曹雪芹著 | 曹雪芹",
        "(清)曹雪芹 著 | 曹雪芹",
        "曹雪芹, 高鹗著 | 曹雪芹",
        "曹雪芹原著 ; 张三改编 | 曹雪芹",
        "葉漢鰲 | 叶汉鳌",
        "葉漢鰲著. | 叶汉鳌",
        "葉漢鰲, | 叶汉鳌",
        "周明，王宗仁主编 | 周明",
        "张秀枫主编 | 张秀枫",
        "张塞等主编 | 张塞",
        "张三等编 | 张三",
        "国家统计局编 | 国家统计局",
        "國家統計局編 | 国家统计局",
        "《小说选刊》杂志社编 | 小说选刊杂志社",
        "《小说选刊》杂志社编选 | 小说选刊杂志社",
        "国家发展和改革委员会经济体制与管理研究所课题组编 | 国家发展和改革委员会经济体制与管理研究所课题组",
        "(美)海明威(Hemingway, E.)著 | 海明威",
        "[美] 海明威 著 ; 吴劳译 | 海明威",
        "鲁迅编著 | 鲁迅",
        "林屋 辰三郎 | 林屋辰三郎",
        "横井 清. | 横井清",
        "周明 | 周明",
        "王译 | 王译",
        "刘宁译 | 刘宁",
      })
  void cjkNamesKeyAsFoldedCharactersWithoutRoleWords(String name, String key) {
    assertThat(NameKeys.keyOf(name)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tolkien, J. R. R. | TLKN",
        "Smith, John | SM0",
        "Smyth, John | SM0",
        "Grünberg, Jan | KRNPRK",
        "Gründberg, Jan | KRNTPR",
        "Müller, Hans | MLR",
        "Mueller, Hans | MLR",
      })
  void phoneticKeyIsDoubleMetaphoneOfTheSurname(String name, String code) {
    assertThat(NameKeys.phoneticKeyOf(name)).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"曹雪芹", "''"})
  void cjkAndEmptyNamesHaveNoPhoneticKey(String name) {
    assertThat(NameKeys.phoneticKeyOf(name)).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "University of Colorado (Boulder campus). Dept. of Psychology. | university of colorado"
            + " boulder campus dept of psychology",
        "Brookings Institution | brookings institution",
        "Great Britain. Central Office of Information | great britain central office of"
            + " information",
        "首都师范大学 (Beijing, China). 中国诗歌硏究中心 | 首都师范大学中国诗歌研究中心",
        "国家统计局 | 国家统计局",
        "Smith & Sons | smith and sons",
      })
  void corporateNamesAreFoldedWhole(String name, String key) {
    assertThat(NameKeys.corporateKeyOf(name)).isEqualTo(key);
  }
}
