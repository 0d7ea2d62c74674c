"""Writes probe-zones.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of the key-task
progress table (重点工作推进情况表) of a development zone, industrial park or new district
(开发区, 高新区, 经开区, 产业园区, 新区管委会): the task is the zone's annual target
(招商引资, 项目建设, 产业培育, 土地, 平台载体, 基础设施, 人才, 营商环境), the progress is what the
zone's clerk reported (截至X月底, 累计, 已签约…其中…, 完成年度目标的X%, 超序时进度, 已开工…已竣工…,
在谈/洽谈/意向/申报/公示, 分别, 各, 亩均…万元/亩, 公顷 vs 亩, 万元 vs 亿元 ...). The department
in charge is the row's owner. Five rows are in traditional characters; some use full-width digits
or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_zones.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe8")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Key-task progress tables of development zones, parks and new districts (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 经开区投资促进局: 亿元以上 total with 10亿元以上 / 20亿元以上 parts, 在谈 candidates, year-end forecast
P = "截至11月底"
row("经开区投资促进局",
    "全年新签约亿元以上项目50个,其中10亿元以上项目8个,协议投资总额突破300亿元。",
    "截至11月底,园区累计新签约亿元以上项目46个,其中10亿元以上项目7个、20亿元以上项目2个,协议投资总额达312.6亿元,完成年度目标的104.2%;另有在谈亿元以上项目13个,预计年底前可再签约5个左右。",
    targets=[M("50个", 50, "个", "新签约亿元以上项目"),
             M("8个", 8, "个", "新签约10亿元以上项目"),
             M("300亿元", 300, "亿元", "协议投资总额", bound="min")],
    other=[O("亿元以上", 1, "亿元", "class threshold (亿元以上项目, number implicit)", nth=0),
           O("10亿元", 10, "亿元", "class threshold (10亿元以上项目)")],
    actuals=[M("亿元以上", 1, "亿元", "亿元以上项目(class)", nth=0),
             M("46个", 46, "个", "累计新签约亿元以上项目", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class)"),
             M("7个", 7, "个", "新签约10亿元以上项目", period=P),
             M("20亿元", 20, "亿元", "20亿元以上项目(class)"),
             M("2个", 2, "个", "新签约20亿元以上项目", period=P),
             M("312.6亿元", 312.6, "亿元", "协议投资总额", period=P),
             M("104.2%", 104.2, "%", "协议投资完成年度目标的(比例)", period=P),
             M("亿元以上", 1, "亿元", "在谈亿元以上项目(class)", nth=3),
             M("13个", 13, "个", "在谈亿元以上项目"),
             M("5个", 5, "个", "预计年底前可再签约的项目", period="年底前")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="10亿元以上 is a 其中 part of 亿元以上 and 20亿元以上 a part of that part; none is added to another. The 13 projects 在谈 are candidates and the 5 expected by year end a forecast: neither answers 新签约 (would-be 1.18 with the 13 在谈, 1.02 with the 5 forecast). 亿元以上 nth 1 and 2 lie inside 10亿元以上/20亿元以上. 5个左右: 左右 on an actual is not a bound.")

# 2 高新区招商局: 亿元 target vs 万元 actual, 亿美元 target vs 万美元 actual, a Chinese-numeral count
P = "1-10月"
row("高新区招商局",
    "全年实现招商引资到位资金120亿元,实际利用外资1.5亿美元。",
    "1-10月,全区招商引资到位资金1053600万元,同比增长11.4%;实际使用外资9620万美元,完成年度目标的64.1%,主要受两个外资项目增资延后影响。",
    targets=[M("120亿元", 120, "亿元", "招商引资到位资金"),
             M("1.5亿美元", 1.5, "亿美元", "实际利用外资")],
    actuals=[M("1053600万元", 1053600, "万元", "招商引资到位资金", period=P),
             M("11.4%", 11.4, "%", "到位资金同比增长", kind="growth", period=P),
             M("9620万美元", 9620, "万美元", "实际使用外资"),
             M("64.1%", 64.1, "%", "实际使用外资完成年度目标的(比例)"),
             M("两个", 2, "个", "增资延后的外资项目")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="1053600万元 = 105.36亿元 against 120亿元 (0.878); 9620万美元 against 1.5亿美元 (0.6413, matching the stated 64.1%). 实际使用 paraphrases 实际利用. 两个 is a count in Chinese numerals. The period 1-10月 is not carried past the semicolon.")

# 3 经开区经发局: restated scope 60个, 开工 vs 新开工 part, 超序时进度, 竣工 with a 投产 part, trial runs
P = "截至9月底"
row("经开区经济发展局",
    "开工建设重点产业项目60个,完成年度计划投资85亿元,竣工项目20个以上。",
    "截至9月底,纳入年度计划的60个重点产业项目已开工52个,其中今年新开工31个;累计完成投资71.3亿元,占年度计划投资的83.9%,超序时进度8.9个百分点;已竣工项目14个,其中已投产11个,另有6个项目正在进行设备安装调试。",
    targets=[M("60个", 60, "个", "开工建设重点产业项目"),
             M("85亿元", 85, "亿元", "完成年度计划投资"),
             M("20个", 20, "个", "竣工项目", bound="min")],
    actuals=[M("60个", 60, "个", "纳入年度计划的重点产业项目(scope)", period=P),
             M("52个", 52, "个", "已开工重点产业项目", period=P),
             M("31个", 31, "个", "今年新开工项目", period=P),
             M("71.3亿元", 71.3, "亿元", "累计完成投资"),
             M("83.9%", 83.9, "%", "占年度计划投资的(比例)"),
             M("8.9个百分点", 8.9, "个百分点", "超序时进度"),
             M("14个", 14, "个", "已竣工项目"),
             M("11个", 11, "个", "已投产项目"),
             M("6个", 6, "个", "正在设备安装调试的项目")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="The restated 60个 is the list (scope), not a result; 已开工52个 answers 开工建设 (0.8667), its part 新开工31个 does not. 超序时进度8.9个百分点 is a gap to time progress. 竣工 is answered by 已竣工14个 (0.7); 已投产11个 is its part; the 6 in commissioning are not finished (would-be sum 1.0). 9月底 is a date.")

# 4 产业园区管委会: 千亿元 (no digit), realised 1-11月 figure answers while the 全年 forecast does not, restated 千亿目标
P = "1-11月"
row("产业园区管委会",
    "规上工业总产值达到680亿元,增长12%;园区企业营业收入突破千亿元。",
    "1-11月,园区规上工业总产值完成628.7亿元,同比增长13.6%,预计全年可达690亿元;1-11月园区企业实现营业收入1012.4亿元,提前实现千亿目标。",
    targets=[M("680亿元", 680, "亿元", "规上工业总产值"),
             M("12%", 12, "%", "规上工业总产值", kind="growth"),
             M("千亿元", 1, "千亿元", "园区企业营业收入", bound="min")],
    actuals=[M("628.7亿元", 628.7, "亿元", "规上工业总产值", period=P),
             M("13.6%", 13.6, "%", "规上工业总产值同比增长", kind="growth", period=P),
             M("690亿元", 690, "亿元", "预计全年规上工业总产值", period="全年"),
             M("1012.4亿元", 1012.4, "亿元", "园区企业营业收入", period=P),
             M("千亿", 1, "千亿元", "营业收入千亿目标(restated)", unit_inferred=True)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="千亿元 has no digit: value 1, unit 千亿元 (= 1000亿元). A realised 1-11月 figure answers; the 预计全年 690亿元 beside it is a forecast (would-be 1.0147). 千亿目标 restates the target (unit inferred) and does not answer. 1012.4亿元 / 1000亿元 = 1.0124.")

# 5 高新区经发局: per-mu figures (万元/亩) vs the total tax and the land used, change on last year, rank in words
row("高新区经济发展局",
    "规上工业企业亩均税收达到35万元/亩,亩均增加值提高到160万元/亩。",
    "根据年度亩均效益综合评价结果,全区参评规上工业企业用地2860亩,实现税收总额9.75亿元,亩均税收34.1万元,较上年提高2.3万元;亩均增加值168.5万元,居全市各开发区首位。",
    targets=[M("35万元/亩", 35, "万元/亩", "规上工业企业亩均税收"),
             M("160万元/亩", 160, "万元/亩", "亩均增加值")],
    actuals=[M("2860亩", 2860, "亩", "参评规上工业企业用地"),
             M("9.75亿元", 9.75, "亿元", "参评企业税收总额"),
             M("34.1万元", 34.1, "万元/亩", "亩均税收"),
             M("2.3万元", 2.3, "万元/亩", "亩均税收较上年提高"),
             M("168.5万元", 168.5, "万元/亩", "亩均增加值")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="亩均 is the basis of a per-mu figure (unit 万元/亩 although the text writes 万元). The total 9.75亿元 and the land 2860亩 are what the per-mu figure is computed from (9.75亿元 / 2860亩 = 34.1万元/亩) and do not answer. 2.3万元 is a change. 居…首位 is a rank without a number.")

# 6 經開區自然資源分局 (traditional): 畝 targets answered in 公頃, 其中 part, completion share
P = "截至11月底"
row("經開區自然資源分局",
    "全年完成工業用地供應3000畝,盤活低效用地1500畝。",
    "截至11月底,全區累計供應工業用地186.4公頃,其中新增工業用地121.7公頃;通過收回、轉讓、“退二優二”等方式盤活低效用地1386畝,完成年度任務的92.4%。",
    targets=[M("3000畝", 3000, "畝", "工業用地供應"),
             M("1500畝", 1500, "畝", "盤活低效用地")],
    actuals=[M("186.4公頃", 186.4, "公頃", "累計供應工業用地", period=P),
             M("121.7公頃", 121.7, "公頃", "新增工業用地供應", period=P),
             M("1386畝", 1386, "畝", "盤活低效用地"),
             M("92.4%", 92.4, "%", "盤活低效用地完成年度任務的(比例)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. 186.4公頃 = 1864000平方米 against 3000畝 = 2000010平方米: 0.932. The 其中 part 121.7公頃 is not added. “退二優二” is a slogan.")

# 7 新区征迁指挥部: 户 signed vs a stricter 腾空交房 part, 拆除面积 with a pending remainder, a date
P = "截至10月底"
row("新区征迁安置指挥部",
    "完成高铁新城片区征迁800户,拆除房屋面积25万平方米。",
    "片区征迁工作于3月15日全面启动,截至10月底,已完成征迁签约763户,签约率95.4%,其中已腾空交房702户;累计拆除房屋面积21.6万平方米,另有3.8万平方米因产权争议待依法处置。",
    targets=[M("800户", 800, "户", "高铁新城片区征迁"),
             M("25万平方米", 25, "万平方米", "拆除房屋面积")],
    actuals=[M("763户", 763, "户", "完成征迁签约", period=P),
             M("95.4%", 95.4, "%", "征迁签约率", period=P),
             M("702户", 702, "户", "已腾空交房", period=P),
             M("21.6万平方米", 21.6, "万平方米", "累计拆除房屋面积"),
             M("3.8万平方米", 3.8, "万平方米", "因产权争议待处置的房屋面积")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="完成征迁签约763户 answers 完成征迁 (0.9537); 腾空交房702户 is its part at a later stage and is not added. The 3.8万平方米 awaiting disposal is not demolished (would-be sum 1.016). 3月15日 is a date.")

# 8 高新区科技局: 净增 vs recognitions, 第一批/第二批 batches, 公示 candidates, stock total
row("高新区科技创新局",
    "净增国家高新技术企业60家,高新技术企业总数达到420家。",
    "今年全区共组织申报国家高新技术企业138家,第一批通过认定47家,第二批拟认定的39家已进入公示阶段;扣除资格到期未重新认定的企业后,目前有效高新技术企业总数为401家,较上年末净增37家。",
    targets=[M("60家", 60, "家", "净增国家高新技术企业"),
             M("420家", 420, "家", "高新技术企业总数")],
    actuals=[M("138家", 138, "家", "组织申报国家高新技术企业", period="今年"),
             M("47家", 47, "家", "第一批通过认定的高新技术企业"),
             M("39家", 39, "家", "第二批拟认定正在公示的企业"),
             M("401家", 401, "家", "有效高新技术企业总数"),
             M("37家", 37, "家", "高新技术企业较上年末净增")],
    pairs=[("t1", ["a5"]), ("t2", ["a4"])],
    note="净增 is answered by 净增37家 (0.6167), not by the 47 recognised in the first batch (those are gross, before expiries) nor by 47 + 39 (the 39 are only 拟认定 under 公示). The stock 401家 answers the total (0.9548). 第一批/第二批 are batch labels. 138家 applied are candidates.")

# 9 经开区工信局: 各25家以上 over two kinds, a listing reported in words only, filing candidates, '1家' inside '31家'
row("经开区工业和信息化局",
    "新增省级专精特新中小企业、创新型中小企业各25家以上,新增上市企业2家。",
    "全年新认定省级专精特新中小企业31家、创新型中小企业58家;企业上市方面,华锐精工已于8月在深交所创业板挂牌上市,另有2家企业完成辅导备案、1家企业已向北交所提交上市申请。",
    targets=[M("各25家", 25, "家", "新增省级专精特新中小企业", bound="min"),
             M("各25家", 25, "家", "新增创新型中小企业", bound="min"),
             M("2家", 2, "家", "新增上市企业")],
    actuals=[M("31家", 31, "家", "新认定省级专精特新中小企业", period="全年"),
             M("58家", 58, "家", "新认定创新型中小企业", period="全年"),
             M("2家", 2, "家", "完成辅导备案的企业"),
             M("1家", 1, "家", "已提交上市申请的企业", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="各25家以上 is two targets, each 25, bound min. The one company listed is named (华锐精工…挂牌上市) without a count: the listing target is unpaired (would-be 0.5); the 2家 in 辅导备案 and the 1家 with an application filed are candidates (would-be 1.5 if counted). 8月 is a date. '1家' nth 0 lies inside '31家'.")

# 10 产业园区企业服务局: nothing reported with a number
row("产业园区企业服务局",
    "培育独角兽企业1家、瞪羚企业10家。",
    "已建立独角兽、瞪羚企业培育库,入库企业实行“一企一策”专员服务,目前正在对照省认定标准梳理申报条件,认定工作预计于四季度开展。",
    targets=[M("1家", 1, "家", "培育独角兽企业"),
             M("10家", 10, "家", "培育瞪羚企业")],
    note="Progress states no quantity: the pool is set up and recognition is planned for 四季度 (a period). “一企一策” is a slogan. Both targets unpaired.")

# 11 高新区建设局: 建成 answered by 竣工验收, not by 开工; project count vs floor area; 平方米 vs 万平方米
row("高新区规划建设局",
    "建成标准厂房50万平方米,新增科技企业孵化面积8万平方米。",
    "标准厂房建设方面,今年已开工建设12个项目、建筑面积68.3万平方米,其中已竣工验收5个、建筑面积27.9万平方米,其余项目主体结构施工中;新认定市级以上科技企业孵化器2家,新增孵化面积86500平方米。",
    targets=[M("50万平方米", 50, "万平方米", "建成标准厂房"),
             M("8万平方米", 8, "万平方米", "新增科技企业孵化面积")],
    actuals=[M("12个", 12, "个", "开工建设标准厂房项目", period="今年"),
             M("68.3万平方米", 68.3, "万平方米", "开工建设标准厂房建筑面积", period="今年"),
             M("5个", 5, "个", "已竣工验收标准厂房项目"),
             M("27.9万平方米", 27.9, "万平方米", "已竣工验收标准厂房建筑面积"),
             M("2家", 2, "家", "新认定市级以上科技企业孵化器"),
             M("86500平方米", 86500, "平方米", "新增孵化面积")],
    pairs=[("t1", ["a4"]), ("t2", ["a6"])],
    note="建成 is answered by the floor area 已竣工验收 (0.558); the area 开工 is broader (would-be 1.366). Project counts (12个, 5个) are not the area. 86500平方米 against 8万平方米: 1.0813.")

# 12 园区人才办 (full-width digits): 其中 part, 分别 over two levels that add up, 洽谈 candidates
P = "截至１１月底"
row("园区人才工作办公室",
    "全年引进博士研究生１５０名,引进高层次人才团队１０个。",
    "截至１１月底,园区累计引进博士研究生１６２名,其中海外博士２８名;新引进国家级、省级高层次人才团队分别为３个和５个,另有４个团队正在洽谈落地事宜。",
    targets=[M("１５０名", 150, "名", "引进博士研究生"),
             M("１０个", 10, "个", "引进高层次人才团队")],
    actuals=[M("１６２名", 162, "名", "累计引进博士研究生", period=P),
             M("２８名", 28, "名", "引进海外博士", period=P),
             M("３个", 3, "个", "新引进国家级高层次人才团队"),
             M("５个", 5, "个", "新引进省级高层次人才团队"),
             M("４个", 4, "个", "正在洽谈的人才团队")],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4"])],
    note="Full-width digits (１１月底 is a date). 分别为３个和５个 maps onto 国家级/省级 in order; the two levels make up the teams brought in: 3 + 5 = 8 (combine sum, 0.8). The 4 teams 洽谈 are candidates (would-be 1.2). The 其中 part 28名 is not added.")

# 13 经开区行政审批局: lower-is-better time cap in 个工作日, scope count, a task clause without a number
row("经开区行政审批局",
    "工业项目从拿地到开工审批时限压缩至30个工作日以内,新出让工业用地全部按“标准地”方式供应。",
    "全面推行“拿地即开工”审批模式,今年落地的23个工业项目平均审批用时18.5个工作日,最快的仅用7个工作日;新出让工业用地27宗均按“标准地”方式供应,“标准地”出让率保持100%。",
    targets=[M("30个工作日", 30, "个工作日", "工业项目从拿地到开工审批时限", bound="max")],
    actuals=[M("23个", 23, "个", "今年落地的工业项目(scope)"),
             M("18.5个工作日", 18.5, "个工作日", "平均审批用时"),
             M("7个工作日", 7, "个工作日", "最快项目审批用时"),
             M("27宗", 27, "宗", "新出让工业用地"),
             M("100%", 100, "%", "“标准地”出让率")],
    pairs=[("t1", ["a2"])],
    note="Lower-is-better cap: the average 18.5 against 30 (0.6167); the fastest case (7个工作日) is not the measure. 全部 in the task is no number, so the 标准地 clause gives no target; 27宗 and 100% have nothing to pair with. 23个 is the scope of the average.")

# 14 园区基础设施: 建成 roads (under-paving part not added), 110千伏 names with no count of stations, 雨水 + 污水 add up
row("产业园区建设管理局",
    "建成园区道路12公里,建成110千伏变电站2座,新建雨污水管网25公里。",
    "园区纬三路、经五路等6条道路已建成通车,总长9.6公里,另有4.2公里正在进行路面施工;110千伏临港变电站已于9月投运,110千伏北区变电站主体已完工,预计12月底送电;新建雨水管网14.3公里、污水管网11.8公里。",
    targets=[M("12公里", 12, "公里", "建成园区道路"),
             M("2座", 2, "座", "建成110千伏变电站"),
             M("25公里", 25, "公里", "新建雨污水管网")],
    other=[O("110千伏", 110, "千伏", "specification (110千伏变电站)")],
    actuals=[M("6条", 6, "条", "已建成通车道路"),
             M("9.6公里", 9.6, "公里", "已建成通车道路总长"),
             M("4.2公里", 4.2, "公里", "正在路面施工的道路"),
             M("110千伏", 110, "千伏", "110千伏临港变电站(specification)", nth=0),
             M("110千伏", 110, "千伏", "110千伏北区变电站(specification)", nth=1),
             M("14.3公里", 14.3, "公里", "新建雨水管网"),
             M("11.8公里", 11.8, "公里", "新建污水管网")],
    pairs=[("t1", ["a2"]), ("t3", ["a6", "a7"])],
    note="9.6公里 建成通车 answers (0.8); the 4.2公里 still paving does not (would-be sum 1.15). The substations are named, not counted: one in service, one due at 12月底, so t2 is unpaired (would-be 0.5). 雨污水 = 雨水 + 污水: 14.3 + 11.8 = 26.1 (combine sum, 1.044). 纬三路/经五路 are road names; 9月 and 12月底 dates.")

# 15 高新區項目辦 (traditional): 開工 vs 竣工 of 億元以上 projects, plan investment amount vs counts, 10億元以上 part
P = "1-10月"
row("高新區重點項目推進辦公室",
    "新開工億元以上產業項目30個,竣工億元以上產業項目15個。",
    "1-10月,全區新開工億元以上產業項目27個,計劃總投資146.5億元;竣工億元以上產業項目11個,另有4個項目已完成主體工程,預計年底前竣工;新開工項目中10億元以上項目3個。",
    targets=[M("30個", 30, "個", "新開工億元以上產業項目"),
             M("15個", 15, "個", "竣工億元以上產業項目")],
    other=[O("億元以上", 1, "億元", "class threshold (億元以上產業項目, number implicit)", nth=0),
           O("億元以上", 1, "億元", "class threshold (億元以上產業項目, number implicit)", nth=1)],
    actuals=[M("億元以上", 1, "億元", "億元以上產業項目(class)", nth=0),
             M("27個", 27, "個", "新開工億元以上產業項目", period=P),
             M("146.5億元", 146.5, "億元", "新開工項目計劃總投資", period=P),
             M("億元以上", 1, "億元", "億元以上產業項目(class)", nth=1),
             M("11個", 11, "個", "竣工億元以上產業項目"),
             M("4個", 4, "個", "已完成主體工程預計年底前竣工的項目"),
             M("10億元", 10, "億元", "10億元以上項目(class)"),
             M("3個", 3, "個", "新開工10億元以上項目")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="Traditional characters. 竣工 is answered by 11個 (0.7333); the 4 with only the main works done are not finished (would-be sum 1.0). 146.5億元 is the planned investment of the started projects, not a count. 10億元以上 3個 is a part of the new starts. 億元以上 nth 2 lies inside 10億元以上.")

# 16 经开区招商局: 工业 + 服务业 projects add up to 产业项目, 分别 amounts add up to 协议投资, 意向 candidates
P = "1-11月"
row("经开区招商服务中心",
    "全年新签约产业项目40个,协议投资180亿元。",
    "1-11月,新签约工业项目26个、服务业项目17个,协议投资分别为138亿元和42.6亿元;已签约项目中已注册落地31个,落地率72.1%,另有12个意向项目正在跟踪对接。",
    targets=[M("40个", 40, "个", "新签约产业项目"),
             M("180亿元", 180, "亿元", "协议投资")],
    actuals=[M("26个", 26, "个", "新签约工业项目", period=P),
             M("17个", 17, "个", "新签约服务业项目", period=P),
             M("138亿元", 138, "亿元", "工业项目协议投资", period=P),
             M("42.6亿元", 42.6, "亿元", "服务业项目协议投资", period=P),
             M("31个", 31, "个", "已注册落地项目"),
             M("72.1%", 72.1, "%", "落地率"),
             M("12个", 12, "个", "跟踪对接的意向项目")],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a3", "a4"])],
    note="No total is given: 产业项目 = 工业 + 服务业, 26 + 17 = 43 (combine sum, 1.075); 分别为138亿元和42.6亿元 maps onto the two kinds and adds up to the 协议投资 (180.6, 1.0033). 31个 落地 is a later stage of the signed projects, not added. 12个意向项目 are candidates (would-be 1.375).")

# 17 高新区商务局: 万美元 target vs 亿美元 actual, 其中 part, 合同外资 is another measure
P = "全年"
row("高新区商务和开放合作局",
    "实际利用外资8000万美元以上,新设外商投资企业20家。",
    "全年实际利用外资1.03亿美元,同比增长16.2%,其中制造业实际利用外资6480万美元;新设外商投资企业23家,合同外资2.6亿美元。",
    targets=[M("8000万美元", 8000, "万美元", "实际利用外资", bound="min"),
             M("20家", 20, "家", "新设外商投资企业")],
    actuals=[M("1.03亿美元", 1.03, "亿美元", "实际利用外资", period=P),
             M("16.2%", 16.2, "%", "实际利用外资同比增长", kind="growth", period=P),
             M("6480万美元", 6480, "万美元", "制造业实际利用外资", period=P),
             M("23家", 23, "家", "新设外商投资企业"),
             M("2.6亿美元", 2.6, "亿美元", "合同外资")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="1.03亿美元 against 8000万美元: 1.2875. The 其中 part (制造业) is not the total. 合同外资2.6亿美元 is contracted, not paid-in (would-be 3.25).")

# 18 园区项目办: 建成投产 target, a 达产 example, commissioning and construction remainders, a year-end forecast
row("产业园区项目推进办公室",
    "推动新能源电池材料、智能装备等12个项目建成投产。",
    "截至10月底,已建成投产7个,其中智能装备产业园项目已于6月达产;其余5个项目中3个进入设备调试阶段、2个仍在主体施工,预计年底前还可投产3个,全年累计投产10个。",
    targets=[M("12个", 12, "个", "项目建成投产")],
    actuals=[M("7个", 7, "个", "已建成投产项目", period="截至10月底"),
             M("5个", 5, "个", "其余未投产项目"),
             M("3个", 3, "个", "进入设备调试阶段的项目", nth=0),
             M("2个", 2, "个", "仍在主体施工的项目"),
             M("3个", 3, "个", "预计年底前还可投产的项目", nth=1, period="年底前"),
             M("10个", 10, "个", "全年累计投产项目(预计)", period="全年")],
    pairs=[("t1", ["a1"])],
    note="Only the 7 建成投产 answer (0.5833). The projects in commissioning or under construction are not finished; 预计…全年累计投产10个 is a forecast for a year still under way (would-be 0.8333). 6月 is a date.")

# 19 新区经发局: target adjusted in the progress (调整为135亿元): ratio against the original; 其中 sub-target
P = "截至11月底"
row("新区经济发展局",
    "完成固定资产投资150亿元,其中工业投资90亿元。",
    "受部分项目土地报批延迟影响,经管委会研究,年度固定资产投资目标调整为135亿元。截至11月底,完成固定资产投资128.7亿元,完成调整后目标的95.3%;其中工业投资79.4亿元,同比增长6.8%。",
    targets=[M("150亿元", 150, "亿元", "完成固定资产投资"),
             M("90亿元", 90, "亿元", "工业投资")],
    actuals=[M("135亿元", 135, "亿元", "年度固定资产投资目标(调整后)"),
             M("128.7亿元", 128.7, "亿元", "完成固定资产投资", period=P),
             M("95.3%", 95.3, "%", "完成调整后目标的(比例)", period=P),
             M("79.4亿元", 79.4, "亿元", "工业投资"),
             M("6.8%", 6.8, "%", "工业投资同比增长", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="The target is restated as adjusted (调整为135亿元): the ratio stays against the original 150亿元 (0.858; against the adjusted one 0.9533, as the text's 95.3%). The 其中 sub-target 工业投资 is answered by its part (0.8822).")

# 20 园区自然资源所 (Chinese numerals): 亩 target answered in 公顷, 其中 part
row("园区自然资源和规划所",
    "消化批而未供土地一千二百亩,处置闲置土地三百亩。",
    "全年共消化批而未供土地八十七公顷,处置闲置土地三百一十五亩,其中依法收回一百零二亩。",
    targets=[M("一千二百亩", 1200, "亩", "消化批而未供土地"),
             M("三百亩", 300, "亩", "处置闲置土地")],
    actuals=[M("八十七公顷", 87, "公顷", "消化批而未供土地", period="全年"),
             M("三百一十五亩", 315, "亩", "处置闲置土地", period="全年"),
             M("一百零二亩", 102, "亩", "依法收回闲置土地", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Chinese numerals throughout. 八十七公顷 = 870000平方米 against 一千二百亩 = 800004平方米: 1.0875. The 其中 part 一百零二亩 (收回) is not added.")

# 21 高新区创新创业服务中心: range target 2-3家, a candidate filed upward, 一期 delivered vs 二期 only topped out
row("高新区创新创业服务中心",
    "新增省级以上众创空间2-3家,建成人才公寓1500套。",
    "今年新获批省级众创空间2家,另有1家已通过市级推荐上报国家级备案,正在等待火炬中心审核;人才公寓一期820套已交付使用,二期680套完成主体结顶,计划明年春节前交付。",
    targets=[M("2-3家", 2, "家", "新增省级以上众创空间", bound="range", value_max=3),
             M("1500套", 1500, "套", "建成人才公寓")],
    actuals=[M("2家", 2, "家", "新获批省级众创空间", period="今年"),
             M("1家", 1, "家", "推荐上报国家级备案待审核的众创空间"),
             M("820套", 820, "套", "人才公寓一期已交付"),
             M("680套", 680, "套", "人才公寓二期完成主体结顶")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Range target: ratio against the lower end (2/2 = 1.0). The 1家 only recommended for national filing does not answer (would-be 1.5). 一期/二期 are phases: only the delivered 820套 answers 建成 (0.5467); 680套 only topped out (would-be sum 1.0).")

# 22 智慧园区: nothing reported with a number
row("新区数字经济局",
    "建成智慧园区综合管理平台1个,接入园区企业能耗在线监测系统200家。",
    "智慧园区综合管理平台已完成招标,中标单位已进场开展需求调研和系统部署;企业能耗在线监测系统接入工作已发函部署,目前正在分批组织企业对接。",
    targets=[M("1个", 1, "个", "建成智慧园区综合管理平台"),
             M("200家", 200, "家", "接入能耗在线监测系统的企业")],
    note="Progress states no quantity (分批 is no count). Both targets unpaired.")

# 23 经开区投资促进局: per-mu admission standard restated, total investment and area vs intensity, forecast for another population
row("经开区产业发展局",
    "新供地工业项目投资强度不低于300万元/亩,园区规上工业企业亩均税收达到25万元/亩。",
    "全年新供地工业项目18个,用地面积1426亩,总投资58.6亿元,平均投资强度411万元/亩,均达到300万元/亩的准入标准;已投产项目预计达产后亩均税收可达28万元/亩,目前园区规上企业亩均税收为21.7万元/亩。",
    targets=[M("300万元/亩", 300, "万元/亩", "新供地工业项目投资强度", bound="min"),
             M("25万元/亩", 25, "万元/亩", "园区规上工业企业亩均税收")],
    actuals=[M("18个", 18, "个", "新供地工业项目", period="全年"),
             M("1426亩", 1426, "亩", "新供地用地面积", period="全年"),
             M("58.6亿元", 58.6, "亿元", "新供地项目总投资", period="全年"),
             M("411万元/亩", 411, "万元/亩", "平均投资强度", period="全年"),
             M("300万元/亩", 300, "万元/亩", "投资强度准入标准(restated)"),
             M("28万元/亩", 28, "万元/亩", "已投产项目达产后亩均税收(预计)"),
             M("21.7万元/亩", 21.7, "万元/亩", "园区规上企业亩均税收")],
    pairs=[("t1", ["a4"]), ("t2", ["a7"])],
    note="The intensity 411万元/亩 answers (1.37); total investment 58.6亿元 and area 1426亩 are its inputs. 300万元/亩的准入标准 restates the target. 28万元/亩 is a forecast for the newly producing projects after full output, another population (would-be 1.12); 21.7万元/亩 answers (0.868).")

# 24 高新區人才辦 (traditional): 各2家 over two kinds, 其中 part, a station only signed and awaiting filing
row("高新區人才發展服務中心",
    "引進培育高層次人才200人,新建博士後工作站、院士工作站各2家。",
    "全年新引進高層次人才186人,其中博士學歷人才64人;新設立博士後科研工作站3家,院士工作站1家已完成簽約,正在辦理省級備案手續。",
    targets=[M("200人", 200, "人", "引進培育高層次人才"),
             M("各2家", 2, "家", "新建博士後工作站"),
             M("各2家", 2, "家", "新建院士工作站")],
    actuals=[M("186人", 186, "人", "新引進高層次人才", period="全年"),
             M("64人", 64, "人", "博士學歷人才", period="全年"),
             M("3家", 3, "家", "新設立博士後科研工作站"),
             M("1家", 1, "家", "已簽約待備案的院士工作站")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. 各2家 is two targets. 新設立 answers 新建 (1.5). The academician station is only signed and awaiting provincial filing: t3 is unpaired (would-be 0.5). The 其中 part 64人 is not added.")

# 25 新区投促局: 力争 with a range, 区域总部 + 功能性总部 add up, fund scale vs fund count, 洽谈 funds
row("新区投资促进局",
    "力争招引总部型项目5-8个,引进产业基金规模50亿元以上。",
    "今年已引进区域总部项目4个、功能性总部项目2个;新设立产业基金6支,认缴规模合计38.5亿元,另有2支基金共15亿元处于协议洽谈阶段。",
    targets=[M("5-8个", 5, "个", "招引总部型项目", bound="range", value_max=8),
             M("50亿元", 50, "亿元", "引进产业基金规模", bound="min")],
    actuals=[M("4个", 4, "个", "引进区域总部项目", period="今年"),
             M("2个", 2, "个", "引进功能性总部项目", period="今年"),
             M("6支", 6, "支", "新设立产业基金"),
             M("38.5亿元", 38.5, "亿元", "新设立产业基金认缴规模"),
             M("2支", 2, "支", "协议洽谈中的基金"),
             M("15亿元", 15, "亿元", "协议洽谈中的基金规模")],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a4"])],
    note="总部型项目 = 区域总部 + 功能性总部: 4 + 2 = 6 against the lower end 5 (combine sum, 1.2). The fund count (6支) is not the scale. The 15亿元 in negotiation is not added (would-be sum 1.07).")

# 26 园区经发局 (Chinese numerals): 百分之 growth, candidates to be filed next year, 亿千瓦时 in numerals
row("产业园区经济运行局",
    "园区新增规模以上工业企业三十家,工业用电量增长百分之十。",
    "全年新增入规工业企业二十六家,另有四家企业已达到入规标准,将于明年一月纳入统计;园区工业用电量十八点六亿千瓦时,同比增长百分之十一点二。",
    targets=[M("三十家", 30, "家", "新增规模以上工业企业"),
             M("百分之十", 10, "%", "工业用电量", kind="growth")],
    actuals=[M("二十六家", 26, "家", "新增入规工业企业", period="全年"),
             M("四家", 4, "家", "已达入规标准待纳统的企业"),
             M("十八点六亿千瓦时", 18.6, "亿千瓦时", "园区工业用电量"),
             M("百分之十一点二", 11.2, "%", "工业用电量同比增长", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Chinese numerals throughout (百分之十, 十八点六亿千瓦时). The 4 firms to be counted next 一月 (a date) do not answer (would-be sum 1.0). 入规 paraphrases 新增规模以上.")

# 27 综合保税区: 亿元 target vs 万元 actual, share of the city, 其中 part
P = "1-11月"
row("综合保税区管理局",
    "综合保税区实现进出口总额300亿元,增长15%以上。",
    "1-11月,综合保税区完成进出口总额2486000万元,同比增长17.3%,占全市外贸总额的28.4%,其中保税加工贸易额153.2亿元。",
    targets=[M("300亿元", 300, "亿元", "综合保税区进出口总额"),
             M("15%", 15, "%", "综合保税区进出口总额", kind="growth", bound="min")],
    actuals=[M("2486000万元", 2486000, "万元", "综合保税区进出口总额", period=P),
             M("17.3%", 17.3, "%", "进出口总额同比增长", kind="growth", period=P),
             M("28.4%", 28.4, "%", "占全市外贸总额的比重", period=P),
             M("153.2亿元", 153.2, "亿元", "保税加工贸易额", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="2486000万元 = 248.6亿元 against 300亿元: 0.8287. The share of the city (28.4%) and the 其中 part have no target.")

# 28 新区征收办 (full-width digits in the progress): 亩 with 其中 parts that restate the total, 户 with a remainder
row("新区土地房屋征收办公室",
    "完成产业新城二期地块征收1200亩,拆迁房屋４５０户。",
    "二期地块征收工作已完成土地丈量和附着物清点,累计签订征收协议１０８６亩,其中集体土地９４２亩、国有土地１４４亩;已完成房屋拆迁４１２户,另有３８户正在协商补偿方案。",
    targets=[M("1200亩", 1200, "亩", "产业新城二期地块征收"),
             M("４５０户", 450, "户", "拆迁房屋")],
    actuals=[M("１０８６亩", 1086, "亩", "累计签订征收协议"),
             M("９４２亩", 942, "亩", "集体土地征收"),
             M("１４４亩", 144, "亩", "国有土地征收"),
             M("４１２户", 412, "户", "已完成房屋拆迁"),
             M("３８户", 38, "户", "正在协商补偿的房屋")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Full-width digits; 二期 is a phase. The 其中 parts 942 + 144 restate the 1086亩 total (0.905) and are not added again. The 38户 still negotiating do not answer (would-be sum 1.0).")

# 29 园区基础设施: 5G name, 35千伏及以上 class in the task, specifications in the progress, a station built but not counted
row("经开区公用事业服务中心",
    "新建5G基站300个,新建天然气管网18公里,建成35千伏及以上变电站1座。",
    "全年新建5G基站326个,实现园区重点区域5G信号全覆盖;天然气中压管网新敷设16.2公里,完成年度任务的90%;220千伏滨江变电站已建成投运,35千伏港区变电站完成土建施工。",
    targets=[M("300个", 300, "个", "新建5G基站"),
             M("18公里", 18, "公里", "新建天然气管网"),
             M("1座", 1, "座", "建成35千伏及以上变电站")],
    other=[O("35千伏", 35, "千伏", "class threshold (35千伏及以上变电站)")],
    actuals=[M("326个", 326, "个", "新建5G基站", period="全年"),
             M("16.2公里", 16.2, "公里", "天然气中压管网新敷设"),
             M("90%", 90, "%", "天然气管网完成年度任务的(比例)"),
             M("220千伏", 220, "千伏", "220千伏滨江变电站(specification)"),
             M("35千伏", 35, "千伏", "35千伏港区变电站(specification)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="5G is a name. 35千伏及以上 is a class in the task; 220千伏/35千伏 are specifications in station names. One station is built (已建成投运) but no count is written: t3 unpaired (would-be 1.0); the 35千伏 station has only civil works done.")

# 30 高新區管委會 (traditional, year-end estimate): 全年預計 with no realised figure answers, share, 突破 on an actual
row("高新區管委會經濟發展局",
    "高新區營業收入突破1500億元,高新技術產業產值佔規上工業產值比重達到65%。",
    "據統計快報初步測算,全年高新區營業收入預計達到1538億元,同比增長10.3%;高新技術產業產值佔規上工業產值比重為66.2%,較上年提高1.8個百分點,高新技術產業產值突破900億元。",
    targets=[M("1500億元", 1500, "億元", "高新區營業收入", bound="min"),
             M("65%", 65, "%", "高新技術產業產值佔規上工業產值比重")],
    actuals=[M("1538億元", 1538, "億元", "高新區營業收入(預計)", period="全年"),
             M("10.3%", 10.3, "%", "營業收入同比增長", kind="growth", period="全年"),
             M("66.2%", 66.2, "%", "高新技術產業產值佔規上工業產值比重"),
             M("1.8個百分點", 1.8, "個百分點", "比重較上年提高", kind="growth"),
             M("900億元", 900, "億元", "高新技術產業產值")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. A year-end summary with no realised figure: 據統計快報初步測算,全年…預計 is the estimate of the elapsed year and answers (1.0253). The share target is answered by the share (1.0185), not by the 產值 900億元 (突破 on an actual is not a bound). 1.8個百分點 is a change.")

# 31 新区重大项目办: counts vs investment amounts, 10亿元以上 part with its own investment, the largest project, starts due next month
P = "截至10月底"
row("新区重大项目服务中心",
    "新开工亿元以上项目45个、总投资260亿元,其中10亿元以上项目6个。",
    "截至10月底,新开工亿元以上项目41个,总投资218.4亿元;其中10亿元以上项目5个,总投资97亿元,单体投资最大的智能终端产业园项目投资32亿元。另有亿元以上项目9个已完成施工许可办理,计划11月集中开工。",
    targets=[M("45个", 45, "个", "新开工亿元以上项目"),
             M("260亿元", 260, "亿元", "新开工亿元以上项目总投资"),
             M("6个", 6, "个", "新开工10亿元以上项目")],
    other=[O("亿元以上", 1, "亿元", "class threshold (亿元以上项目, number implicit)", nth=0),
           O("10亿元", 10, "亿元", "class threshold (10亿元以上项目)")],
    actuals=[M("亿元以上", 1, "亿元", "亿元以上项目(class)", nth=0),
             M("41个", 41, "个", "新开工亿元以上项目", period=P),
             M("218.4亿元", 218.4, "亿元", "新开工亿元以上项目总投资", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class)"),
             M("5个", 5, "个", "新开工10亿元以上项目"),
             M("97亿元", 97, "亿元", "10亿元以上项目总投资"),
             M("32亿元", 32, "亿元", "智能终端产业园项目投资"),
             M("亿元以上", 1, "亿元", "亿元以上项目(class)", nth=2),
             M("9个", 9, "个", "已办施工许可计划11月开工的项目")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Counts answer counts and amounts answer amounts: 41/45 = 0.9111, 218.4/260 = 0.84, 5/6 = 0.8333. The 10亿元以上 investment 97亿元 is a part of 218.4亿元 and the 32亿元 a single project. The 9 projects due to start in 11月 (a date) are not started (would-be 1.1111). 亿元以上 nth 1 lies inside 10亿元以上.")

# 32 经开区低效用地办: 公顷 target answered in 亩, target restated (年度…的目标), 万平方米 of vacated plants
P = "全年"
row("经开区低效用地再开发办公室",
    "盘活存量低效工业用地100公顷,腾退闲置厂房20万平方米。",
    "对照年度盘活100公顷的目标,通过“腾笼换鸟”、企业兼并重组等方式,全年盘活存量低效工业用地1623亩,腾退闲置厂房面积17.4万平方米,引进优质项目入驻32个。",
    targets=[M("100公顷", 100, "公顷", "盘活存量低效工业用地"),
             M("20万平方米", 20, "万平方米", "腾退闲置厂房")],
    actuals=[M("100公顷", 100, "公顷", "年度盘活目标(restated)"),
             M("1623亩", 1623, "亩", "盘活存量低效工业用地", period=P),
             M("17.4万平方米", 17.4, "万平方米", "腾退闲置厂房面积", period=P),
             M("32个", 32, "个", "引进优质项目入驻", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="对照年度盘活100公顷的目标 restates the target and does not answer. 1623亩 = 1082005.41平方米 against 100公顷 = 1000000平方米: 1.082. “腾笼换鸟” is a slogan. 32个 projects have no target.")

# 33 园区建设局: roads reported by name and date, a Chinese-numeral remainder, no count of finished roads
row("产业园区规划建设局",
    "建成滨湖大道东延段、创新二路等园区道路4条。",
    "滨湖大道东延段已于9月28日通车;创新二路完成路基施工,沥青摊铺计划于12月中旬完成;其余两条道路因管线迁改滞后,预计明年5月建成。",
    targets=[M("4条", 4, "条", "建成园区道路")],
    actuals=[M("两条", 2, "条", "其余未建成道路")],
    pairs=[],
    note="One road opened (named, with the date 9月28日) but no count of finished roads is written: unpaired (would-be 0.25). 创新二路 is a road name; 12月中旬 and 明年5月 are dates. 两条 counts the roads still outstanding.")

# 34 新区人才局: 万人 target vs 人 actual, 其中 sub-targets answered by parts, a share without target
P = "全年"
row("新区人才工作局",
    "新引进高校毕业生1.2万人,其中博士200人、硕士1500人。",
    "全年新引进高校毕业生11860人,其中博士研究生213人、硕士研究生1428人,本科及以上学历占比达到78.6%。",
    targets=[M("1.2万人", 1.2, "万人", "新引进高校毕业生"),
             M("200人", 200, "人", "新引进博士"),
             M("1500人", 1500, "人", "新引进硕士")],
    actuals=[M("11860人", 11860, "人", "新引进高校毕业生", period=P),
             M("213人", 213, "人", "新引进博士研究生", period=P),
             M("1428人", 1428, "人", "新引进硕士研究生", period=P),
             M("78.6%", 78.6, "%", "本科及以上学历占比", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="11860人 against 1.2万人: 0.9883. The 其中 sub-targets are answered by their parts (1.065, 0.952); the parts are not added to the total.")

# 35 高新区财政局: 左右 target, budget revenue with a tax part, share target answered by the share
P = "1-11月"
row("高新区财政金融局",
    "园区一般公共预算收入42亿元左右,税收收入占比不低于85%。",
    "1-11月,园区完成一般公共预算收入39.6亿元,同比增长7.1%,完成年度预算的94.3%,其中税收收入34.2亿元,税收占比86.4%。",
    targets=[M("42亿元", 42, "亿元", "园区一般公共预算收入", bound="approx"),
             M("85%", 85, "%", "税收收入占比", bound="min")],
    actuals=[M("39.6亿元", 39.6, "亿元", "一般公共预算收入", period=P),
             M("7.1%", 7.1, "%", "一般公共预算收入同比增长", kind="growth", period=P),
             M("94.3%", 94.3, "%", "完成年度预算的(比例)", period=P),
             M("34.2亿元", 34.2, "亿元", "税收收入", period=P),
             M("86.4%", 86.4, "%", "税收占比", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="左右 = approx. 39.6/42 = 0.9429 (the text's 94.3%). The share target is answered by the share 86.4% (1.0165), not by the amount 34.2亿元.")

# 36 经开区工信局: 第六批/第七批 batch labels, candidates recommended upward, repeated '3家' (nth)
row("经开区科技和工业信息化局",
    "新增国家级专精特新“小巨人”企业5家,新增省级技术创新示范企业3家。",
    "在工信部公布的第六批专精特新“小巨人”企业名单中,园区有4家企业入选,另有3家企业已通过省级初审并推荐至工信部,待第七批名单公示;新认定省级技术创新示范企业3家。",
    targets=[M("5家", 5, "家", "新增国家级专精特新“小巨人”企业"),
             M("3家", 3, "家", "新增省级技术创新示范企业")],
    actuals=[M("4家", 4, "家", "入选第六批“小巨人”的企业"),
             M("3家", 3, "家", "通过省级初审推荐至工信部的企业", nth=0),
             M("3家", 3, "家", "新认定省级技术创新示范企业", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="第六批/第七批 are batch labels. Only the 4 on the published list answer (0.8); the 3 recommended await the next list (would-be sum 1.4). The second 3家 answers the second target (1.0).")

# 37 新區城中村改造指揮部 (traditional): 徵遷 戶, 新開工 vs 建成交付 of resettlement housing, 竣工驗收 short of delivery
P = "截至11月底"
row("新區城中村改造指揮部",
    "完成城中村改造徵遷1500戶,新開工安置房3000套,建成交付安置房2000套。",
    "截至11月底,已完成徵遷簽約1438戶,拆除房屋面積32.6萬平方米;安置房新開工3260套,已建成交付1520套,另有860套已完成竣工驗收,計劃12月底前交房。",
    targets=[M("1500戶", 1500, "戶", "城中村改造徵遷"),
             M("3000套", 3000, "套", "新開工安置房"),
             M("2000套", 2000, "套", "建成交付安置房")],
    actuals=[M("1438戶", 1438, "戶", "完成徵遷簽約", period=P),
             M("32.6萬平方米", 32.6, "萬平方米", "拆除房屋面積", period=P),
             M("3260套", 3260, "套", "安置房新開工"),
             M("1520套", 1520, "套", "安置房已建成交付"),
             M("860套", 860, "套", "已竣工驗收待交房的安置房")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters. 新開工 answers 新開工 (1.0867); 建成交付 is answered only by the 1520套 delivered (0.76); the 860套 accepted but not yet handed over (12月底前交房, a date) are not added (would-be sum 1.19). 拆除面積 has no target.")

# 38 新区政务服务局: fractional time cap (lower is better), rate, “一件事” name, items in testing
P = "全年"
row("新区政务服务和数据管理局",
    "企业开办全流程时间压缩至0.5个工作日以内,涉企政务服务事项网上可办率达到100%,开展“一件事”集成改革事项10项。",
    "全年新设企业开办平均用时0.42个工作日,实现当日申请、当日办结;涉企政务服务事项网上可办率达到98.7%,其中全程网办事项占比76.3%;新增“企业信息变更一件事”等集成改革事项8项,另有3项正在联调测试。",
    targets=[M("0.5个工作日", 0.5, "个工作日", "企业开办全流程时间", bound="max"),
             M("100%", 100, "%", "涉企政务服务事项网上可办率"),
             M("10项", 10, "项", "“一件事”集成改革事项")],
    actuals=[M("0.42个工作日", 0.42, "个工作日", "企业开办平均用时", period=P),
             M("98.7%", 98.7, "%", "涉企政务服务事项网上可办率"),
             M("76.3%", 76.3, "%", "全程网办事项占比"),
             M("8项", 8, "项", "新增集成改革事项"),
             M("3项", 3, "项", "正在联调测试的事项")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Lower-is-better cap: 0.42/0.5 = 0.84. “一件事” (and “企业信息变更一件事”) is a name, not a count. 全程网办 76.3% is a narrower rate (its part). The 3 items still in testing are not added (would-be sum 1.1). 当日 is no number.")

# 39 高新区孵化器管理中心: 不少于, increment vs stock, 其中 part, 亿元 target vs 亿元 actual with a 万元 single deal
row("高新区科技企业孵化器管理中心",
    "新增在孵科技型企业120家,培育毕业企业不少于20家,孵化器内企业获得股权融资2亿元。",
    "全年新增在孵企业134家,累计在孵企业达到486家;毕业企业17家,其中3家毕业后即入选省级科技型中小企业;年内在孵企业获得股权融资1.42亿元,单笔最高3000万元。",
    targets=[M("120家", 120, "家", "新增在孵科技型企业"),
             M("20家", 20, "家", "培育毕业企业", bound="min", nth=1),
             M("2亿元", 2, "亿元", "孵化器内企业获得股权融资")],
    actuals=[M("134家", 134, "家", "新增在孵企业", period="全年"),
             M("486家", 486, "家", "累计在孵企业"),
             M("17家", 17, "家", "毕业企业"),
             M("3家", 3, "家", "毕业后入选省级科技型中小企业的企业"),
             M("1.42亿元", 1.42, "亿元", "在孵企业获得股权融资", period="年内"),
             M("3000万元", 3000, "万元", "单笔最高股权融资", period="年内")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="累计在孵486家 is the stock (would-be 4.05). 不少于 = min: 17/20 = 0.85; the 其中 part 3家 is not added. 1.42亿元 against 2亿元: 0.71; the largest single deal 3000万元 is not the total.")

# 40 园区环境与绿化: 亩 target answered in 万平方米, trees in 万株, a park re-started, reduction target answered by a 前三季度 fall
row("产业园区生态环境和城市管理局",
    "完成园区绿化提升300亩,新建口袋公园6个,规上工业单位增加值能耗下降3.5%。",
    "全年完成园区主干道两侧及企业周边绿化提升21.6万平方米,新种植乔木1.2万株;建成口袋公园5个,另有1个因地下管线迁改调整选址,已于11月重新开工;前三季度,园区规上工业单位增加值能耗同比下降4.1%。",
    targets=[M("300亩", 300, "亩", "园区绿化提升"),
             M("6个", 6, "个", "新建口袋公园"),
             M("3.5%", 3.5, "%", "规上工业单位增加值能耗", kind="reduction")],
    actuals=[M("21.6万平方米", 21.6, "万平方米", "绿化提升面积", period="全年"),
             M("1.2万株", 1.2, "万株", "新种植乔木", period="全年"),
             M("5个", 5, "个", "建成口袋公园"),
             M("1个", 1, "个", "调整选址重新开工的口袋公园"),
             M("4.1%", 4.1, "%", "规上工业单位增加值能耗同比下降", kind="reduction", period="前三季度")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="21.6万平方米 = 216000平方米 against 300亩 = 200001平方米: 1.08. 新建 is answered by the 5 built (0.8333); the park re-started in 11月 (a date) is not finished (would-be sum 1.0). A 前三季度 fall answers the reduction target (4.1/3.5 = 1.1714). 两侧 is no count.")


probe.write(Path(__file__).with_name("probe-zones.gold.jsonl"))
