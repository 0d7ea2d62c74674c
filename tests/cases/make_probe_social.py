"""Writes probe-social.gold.jsonl: 40 rows written for this probe (not taken from any report)
and hand-annotated in the gold schema (corpus/SCHEMA.md). The rows imitate the social-undertakings
target assessment tables that a city or county publishes for its 民生指标 ("XX市民生指标考核表",
"社会事业发展目标完成情况"), filled in by the 教育局, 卫健委, 医保局, 人社局, 民政局, 残联 and
体育局: the task cell is the year's indicator (rates, per-population ratios with a 每千人口 / 每万人口
/ 每十万人口 basis, caps such as 孕产妇死亡率 and 调查失业率, counts of places, beds and people),
the progress cell a clerk's note as of the end of September or October, some for the whole year,
with last year's figures, provincial averages, numerators and denominators, 其中 parts, restated
targets, forecasts and similar but different measures beside the answer. Five rows are in
traditional characters; some use full-width digits or Chinese numerals. Checks that every
annotated string occurs (nth), that no two mentions of a column claim the same span, computes
ratios, and lists digit and numeral runs left unannotated (indicator names 学前三年 / 九年义务教育,
the basis 每千人口, dates, ordinals, grade labels, slogans). Run: python tests/cases/make_probe_social.py

Changed after it was written: amounts per person (rows 17 and 29) follow the convention of the dev
sets' gold: "每人每年670元" with its prefix, unit 元/人年, and the amounts listed after such a
prefix in its unit (the writer had annotated 670元 in 元)."""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe13")


def row(task, progress, *args, owners="", **kw):
    probe.row(owners, task, progress, *args, **kw)


# ---------------------------------------------------------------------------------------------
# Part 1 (items 1-7): 教育局
# ---------------------------------------------------------------------------------------------

# 1 学前教育: three rates, a provincial average beside one, a forecast beside another
P = "截至10月底"
row("学前三年毛入园率达到92%以上,普惠性幼儿园覆盖率达到90%,公办园在园幼儿占比达到55%。",
    "截至10月底,全市学前三年毛入园率93.6%,较上年提高1.2个百分点;普惠性幼儿园覆盖率91.3%,全省平均为88.5%;公办园在园幼儿占比52.4%,预计年底可达54%。",
    targets=[M("92%", 92, "%", "学前三年毛入园率", bound="min"),
             M("90%", 90, "%", "普惠性幼儿园覆盖率"),
             M("55%", 55, "%", "公办园在园幼儿占比")],
    actuals=[M("93.6%", 93.6, "%", "学前三年毛入园率", period=P),
             M("1.2个百分点", 1.2, "个百分点", "毛入园率较上年提高", kind="growth", period=P),
             M("91.3%", 91.3, "%", "普惠性幼儿园覆盖率", period=P),
             M("88.5%", 88.5, "%", "普惠性幼儿园覆盖率(全省平均)", period=P),
             M("52.4%", 52.4, "%", "公办园在园幼儿占比", period=P),
             M("54%", 54, "%", "预计公办园在园幼儿占比", period="年底")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    owners="市教育局",
    note="学前三年 is the indicator's name, not an amount. The provincial average 88.5% and the year-end forecast 54% do not answer; 公办园占比 pairs with the current 52.4% (52.4/55).")

# 2 学位 (Chinese numerals): schools put in use vs under construction, 其中 parts, 民办 beside 公办
P = "截至10月底"
row("建成投用中小学和幼儿园12所,新增公办学位六千个,其中义务教育学位四千五百个。",
    "截至10月底,已建成投用学校9所,在建3所;新增公办学位五千二百四十个,其中义务教育学位三千九百六十个、学前教育学位一千二百八十个;另有民办学校新增学位860个。",
    targets=[M("12所", 12, "所", "建成投用中小学和幼儿园"),
             M("六千个", 6000, "个", "新增公办学位"),
             M("四千五百个", 4500, "个", "新增义务教育学位")],
    actuals=[M("9所", 9, "所", "已建成投用学校", period=P),
             M("3所", 3, "所", "在建学校", period=P),
             M("五千二百四十个", 5240, "个", "新增公办学位", period=P),
             M("三千九百六十个", 3960, "个", "新增义务教育学位", period=P),
             M("一千二百八十个", 1280, "个", "新增学前教育学位", period=P),
             M("860个", 860, "个", "民办学校新增学位", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    owners="市教育局、市住建局",
    note="Chinese numerals (六千 -> 6000). Schools under construction (3所) are not 建成投用 (would-be 12/12 with them). 3960 + 1280 = 5240 (parts beside the total). 民办 places do not count toward 公办学位.")

# 3 巩固率 / 毛入学率 (full-width digits): last year's rate beside this year's
P = "２０２４年秋季学期"
row("九年义务教育巩固率保持在９７％以上,高中阶段毛入学率达到９５％。",
    "２０２４年秋季学期统计,全市九年义务教育巩固率为９８．２％,高中阶段毛入学率为９４．６％,较上年提高０．８个百分点,上年为９３．８％。",
    targets=[M("９７％", 97, "%", "九年义务教育巩固率", bound="min"),
             M("９５％", 95, "%", "高中阶段毛入学率")],
    actuals=[M("９８．２％", 98.2, "%", "九年义务教育巩固率", period=P),
             M("９４．６％", 94.6, "%", "高中阶段毛入学率", period=P),
             M("０．８个百分点", 0.8, "个百分点", "高中阶段毛入学率较上年提高", kind="growth", period=P),
             M("９３．８％", 93.8, "%", "高中阶段毛入学率(上年)", period="上年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    owners="市教育局",
    note="Full-width digits. 九年义务教育 is a name; ２０２４年 a date. Last year's 93.8% does not answer.")

# 4 大班额: class thresholds in task and progress, candidates only recommended
P = "秋季学期"
row("消除66人以上超大班额,义务教育阶段56人以上大班额比例控制在1%以内,新增省级优质幼儿园10所。",
    "秋季学期,全市66人以上超大班额保持动态清零;56人以上大班额共42个,占比0.7%,较上年下降0.5个百分点;新认定省级优质幼儿园6所,另有5所已通过市级评估、推荐上报省教育厅。",
    targets=[M("1%", 1, "%", "义务教育阶段大班额比例", bound="max"),
             M("10所", 10, "所", "新增省级优质幼儿园")],
    other=[O("66人", 66, "人", "class threshold (超大班额)"),
           O("56人", 56, "人", "class threshold (大班额)")],
    actuals=[M("66人", 66, "人", "66人以上超大班额(class)"),
             M("56人", 56, "人", "56人以上大班额(class)"),
             M("42个", 42, "个", "大班额数量", period=P),
             M("0.7%", 0.7, "%", "大班额比例", period=P),
             M("0.5个百分点", 0.5, "个百分点", "大班额比例较上年下降", kind="reduction", period=P),
             M("6所", 6, "所", "新认定省级优质幼儿园", period=P),
             M("5所", 5, "所", "推荐上报省级优质幼儿园(候选)", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a6"])],
    owners="市教育局",
    note="A cap: 0.7/1. 消除超大班额 states no number (清零 has no digit). The 5 kindergartens only recommended do not answer a recognition target (would-be (6+5)/10 = 1.1).")

# 5 学位 分别 list: one target answered only by a forecast
P = "1-9月"
row("新增小学、初中、普通高中学位分别为2400个、1800个、1200个。",
    "1-9月,新增小学学位2520个、初中学位1350个,普通高中学位因市二中扩建工程延期暂未新增,预计年底新增1200个;全市中小学学位累计新增3870个。",
    targets=[M("2400个", 2400, "个", "新增小学学位"),
             M("1800个", 1800, "个", "新增初中学位"),
             M("1200个", 1200, "个", "新增普通高中学位")],
    actuals=[M("2520个", 2520, "个", "新增小学学位", period=P),
             M("1350个", 1350, "个", "新增初中学位", period=P),
             M("1200个", 1200, "个", "预计新增普通高中学位", period="年底"),
             M("3870个", 3870, "个", "中小学学位累计新增", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    owners="市教育局",
    note="分别 list. 普通高中学位: none added yet; the forecast 1200个 does not answer (would-be 1.0). 3870 = 2520 + 1350 is a total with no target. 市二中 is a name.")

# 6 學前教育 (traditional): 其中 公辦 / 民辦 parts
P = "截至9月底"
row("學前三年毛入園率達到95%,普惠性幼兒園在園幼兒佔比保持在90%以上,新增幼兒園學位1500個。",
    "截至9月底,全縣學前三年毛入園率96.1%,比上年末提高0.7個百分點;普惠性幼兒園在園幼兒佔比92.4%,其中公辦園在園幼兒佔比56.3%;新增幼兒園學位1620個,其中公辦學位1350個、民辦學位270個。",
    targets=[M("95%", 95, "%", "學前三年毛入園率"),
             M("90%", 90, "%", "普惠性幼兒園在園幼兒佔比", bound="min"),
             M("1500個", 1500, "個", "新增幼兒園學位")],
    actuals=[M("96.1%", 96.1, "%", "學前三年毛入園率", period=P),
             M("0.7個百分點", 0.7, "個百分點", "毛入園率比上年末提高", kind="growth", period=P),
             M("92.4%", 92.4, "%", "普惠性幼兒園在園幼兒佔比", period=P),
             M("56.3%", 56.3, "%", "公辦園在園幼兒佔比", period=P),
             M("1620個", 1620, "個", "新增幼兒園學位", period=P),
             M("1350個", 1350, "個", "新增公辦學位", period=P),
             M("270個", 270, "個", "新增民辦學位", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    owners="縣教育局",
    note="Traditional characters. 保持在…以上 is a min bound. The 公辦 share (56.3%) is a part of the 普惠 share, not its answer; 1350 + 270 = 1620.")

# 7 學生體質: 达标率 vs 优良率, a reduction target in 个百分点, 其中 parts
P = "秋季学期"
row("全市中小学生《国家学生体质健康标准》达标率达到92%以上,优良率达到50%,儿童青少年总体近视率每年降低0.5个百分点以上。",
    "秋季学期体质健康抽测覆盖学生12.8万人,达标率93.5%,优良率48.7%;儿童青少年总体近视率51.2%,较上年下降1.1个百分点,其中小学生近视率35.6%、初中生71.4%。",
    targets=[M("92%", 92, "%", "学生体质健康达标率", bound="min"),
             M("50%", 50, "%", "学生体质健康优良率"),
             M("0.5个百分点", 0.5, "个百分点", "儿童青少年总体近视率降低", kind="reduction", bound="min")],
    actuals=[M("12.8万人", 12.8, "万人", "体质健康抽测覆盖学生", period=P),
             M("93.5%", 93.5, "%", "学生体质健康达标率", period=P),
             M("48.7%", 48.7, "%", "学生体质健康优良率", period=P),
             M("51.2%", 51.2, "%", "儿童青少年总体近视率", period=P),
             M("1.1个百分点", 1.1, "个百分点", "近视率较上年下降", kind="reduction", period=P),
             M("35.6%", 35.6, "%", "小学生近视率", period=P),
             M("71.4%", 71.4, "%", "初中生近视率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    owners="市教育局、市体育局",
    note="The reduction target (降低0.5个百分点) is answered by the fall of the rate (1.1/0.5), not by the rate's level 51.2%. The sample size 12.8万人 has no target.")

# ---------------------------------------------------------------------------------------------
# Part 2 (items 8-16): 卫健委
# ---------------------------------------------------------------------------------------------

# 8 每千人口 医师 / 护士 / 床位 (分别): stocks and population beside the ratios, 执业医师 beside 执业(助理)医师
P = "截至10月底"
row("每千人口执业(助理)医师数、注册护士数、医疗卫生机构床位数分别达到3.3人、3.8人、6.6张。",
    "截至10月底,全市执业(助理)医师9826人、注册护士11342人、医疗卫生机构床位18650张,按常住人口286.4万人计算,每千人口分别为3.43人、3.96人、6.51张;其中执业医师8012人,每千人口执业医师2.8人。",
    targets=[M("3.3人", 3.3, "人", "每千人口执业(助理)医师数"),
             M("3.8人", 3.8, "人", "每千人口注册护士数"),
             M("6.6张", 6.6, "张", "每千人口医疗卫生机构床位数")],
    actuals=[M("9826人", 9826, "人", "执业(助理)医师", period=P),
             M("11342人", 11342, "人", "注册护士", period=P),
             M("18650张", 18650, "张", "医疗卫生机构床位", period=P),
             M("286.4万人", 286.4, "万人", "常住人口", period=P),
             M("3.43人", 3.43, "人", "每千人口执业(助理)医师数", period=P),
             M("3.96人", 3.96, "人", "每千人口注册护士数", period=P),
             M("6.51张", 6.51, "张", "每千人口医疗卫生机构床位数", period=P),
             M("8012人", 8012, "人", "执业医师", period=P),
             M("2.8人", 2.8, "人", "每千人口执业医师数", period=P)],
    pairs=[("t1", ["a5"]), ("t2", ["a6"]), ("t3", ["a7"])],
    owners="市卫健委",
    note="分别 list on both sides. 每千人口 is the basis of the rates. The stocks and the population are the numerators and the denominator (9826/2864 = 3.43). 每千人口执业医师 2.8人 is a narrower measure and does not answer 执业(助理)医师.")

# 9 每万人口全科医生 / 每千人口托位: last year's ratio beside this year's
P = "1-9月"
row("每万人口全科医生数达到4.2人,每千人口拥有3岁以下婴幼儿托位数达到4个。",
    "1-9月,新增注册全科医生86人,全市全科医生累计达到1210人,每万人口全科医生数4.23人;新增普惠托位1850个,全市托位总数达11200个,每千人口托位数3.91个,上年为3.2个。",
    targets=[M("4.2人", 4.2, "人", "每万人口全科医生数"),
             M("4个", 4, "个", "每千人口3岁以下婴幼儿托位数")],
    other=[O("3岁", 3, "岁", "class threshold (age of the children served)")],
    actuals=[M("86人", 86, "人", "新增注册全科医生", period=P),
             M("1210人", 1210, "人", "全科医生累计", period=P),
             M("4.23人", 4.23, "人", "每万人口全科医生数", period=P),
             M("1850个", 1850, "个", "新增普惠托位", period=P),
             M("11200个", 11200, "个", "托位总数", period=P),
             M("3.91个", 3.91, "个", "每千人口托位数", period=P),
             M("3.2个", 3.2, "个", "每千人口托位数(上年)", period="上年")],
    pairs=[("t1", ["a3"]), ("t2", ["a6"])],
    owners="市卫健委",
    note="每万人口 / 每千人口 are bases. The stock 11200个 shares the unit 个 with the rate target but does not answer it; last year's 3.2个 does not answer.")

# 10 孕产妇 / 婴儿 / 5岁以下儿童死亡率 (full-width digits): caps, a provincial average, the death count
P = "１－９月"
row("孕产妇死亡率控制在１２/１０万以下,婴儿死亡率、５岁以下儿童死亡率分别控制在４‰、６‰以内。",
    "１－９月,全市孕产妇死亡２例,孕产妇死亡率为８．６３/１０万,全省平均为９．８/１０万;婴儿死亡率２．１５‰,５岁以下儿童死亡率３．０２‰,均低于控制目标。",
    targets=[M("１２/１０万", 12, "/10万", "孕产妇死亡率", bound="max"),
             M("４‰", 4, "‰", "婴儿死亡率", bound="max"),
             M("６‰", 6, "‰", "5岁以下儿童死亡率", bound="max")],
    other=[O("５岁", 5, "岁", "class threshold (age group of the rate)")],
    actuals=[M("２例", 2, "例", "孕产妇死亡", period=P),
             M("８．６３/１０万", 8.63, "/10万", "孕产妇死亡率", period=P),
             M("９．８/１０万", 9.8, "/10万", "孕产妇死亡率(全省平均)", period=P),
             M("２．１５‰", 2.15, "‰", "婴儿死亡率", period=P),
             M("５岁", 5, "岁", "5岁以下儿童(class)"),
             M("３．０２‰", 3.02, "‰", "5岁以下儿童死亡率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    owners="市卫健委",
    note="Full-width digits; the unit of the maternal mortality rate is per 100,000 (/10万). Caps: ratios below 1 mean the target is met. The provincial average and the death count do not answer.")

# 11 人均预期寿命: 男/女 parts, a gap to the provincial average
row("人均预期寿命达到80岁以上,居民健康素养水平达到30%。",
    "经卫健、统计部门测算,全市人均预期寿命达到80.35岁,比全省平均高1.1岁,其中男性78.02岁、女性82.86岁;居民健康素养水平31.6%,较上年提高3.4个百分点。",
    targets=[M("80岁", 80, "岁", "人均预期寿命", bound="min"),
             M("30%", 30, "%", "居民健康素养水平")],
    actuals=[M("80.35岁", 80.35, "岁", "人均预期寿命"),
             M("1.1岁", 1.1, "岁", "人均预期寿命高于全省平均(差距)"),
             M("78.02岁", 78.02, "岁", "男性人均预期寿命"),
             M("82.86岁", 82.86, "岁", "女性人均预期寿命"),
             M("31.6%", 31.6, "%", "居民健康素养水平"),
             M("3.4个百分点", 3.4, "个百分点", "健康素养水平较上年提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    owners="市卫健委、市统计局",
    note="No reporting period is stated. The male and female values are parts, 1.1岁 a gap to the provincial average.")

# 12 床位 (traditional): a cap on 公立醫院床位, stock beside ratio, 重點人群 beside the overall rate
P = "截至10月底"
row("每千人口醫療衛生機構床位數達到7張,其中每千人口公立醫院床位數不超過4.5張;家庭醫生簽約服務覆蓋率達到45%以上。",
    "截至10月底,全市醫療衛生機構實有床位2.05萬張,每千人口7.12張,較上年末增加0.31張;其中公立醫院床位1.26萬張,每千人口4.38張。家庭醫生簽約服務覆蓋率43.8%,重點人群簽約率76.5%。",
    targets=[M("7張", 7, "張", "每千人口醫療衛生機構床位數"),
             M("4.5張", 4.5, "張", "每千人口公立醫院床位數", bound="max"),
             M("45%", 45, "%", "家庭醫生簽約服務覆蓋率", bound="min")],
    actuals=[M("2.05萬張", 2.05, "萬張", "醫療衛生機構實有床位", period=P),
             M("7.12張", 7.12, "張", "每千人口醫療衛生機構床位數", period=P),
             M("0.31張", 0.31, "張", "每千人口床位數較上年末增加", period=P),
             M("1.26萬張", 1.26, "萬張", "公立醫院床位", period=P),
             M("4.38張", 4.38, "張", "每千人口公立醫院床位數", period=P),
             M("43.8%", 43.8, "%", "家庭醫生簽約服務覆蓋率", period=P),
             M("76.5%", 76.5, "%", "重點人群簽約率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    owners="市衛健委",
    note="Traditional characters. The stocks in 萬張 do not answer the per-thousand targets. 4.5張 is a cap (met at 4.38). 重點人群簽約率 is a narrower measure.")

# 13 基本公共卫生: age class threshold, people managed beside the management rates, a gap
P = "1-10月"
row("65岁及以上老年人城乡社区规范健康管理服务率达到65%,高血压患者基层规范管理服务率达到70%以上,2型糖尿病患者基层规范管理服务率达到68%以上。",
    "1-10月,全市累计为65岁及以上老年人提供健康管理服务28.6万人,规范健康管理服务率66.2%;高血压患者规范管理12.4万人,管理率71.5%;2型糖尿病患者规范管理4.1万人,管理率66.9%,低于目标1.1个百分点。",
    targets=[M("65%", 65, "%", "老年人城乡社区规范健康管理服务率"),
             M("70%", 70, "%", "高血压患者基层规范管理服务率", bound="min"),
             M("68%", 68, "%", "2型糖尿病患者基层规范管理服务率", bound="min")],
    other=[O("65岁", 65, "岁", "class threshold (age)")],
    actuals=[M("65岁", 65, "岁", "65岁及以上老年人(class)"),
             M("28.6万人", 28.6, "万人", "老年人健康管理服务人数", period=P),
             M("66.2%", 66.2, "%", "老年人规范健康管理服务率", period=P),
             M("12.4万人", 12.4, "万人", "高血压患者规范管理人数", period=P),
             M("71.5%", 71.5, "%", "高血压患者规范管理率", period=P),
             M("4.1万人", 4.1, "万人", "2型糖尿病患者规范管理人数", period=P),
             M("66.9%", 66.9, "%", "2型糖尿病患者规范管理率", period=P),
             M("1.1个百分点", 1.1, "个百分点", "糖尿病管理率低于目标(差距)", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a7"])],
    owners="市卫健委",
    note="2型 is a disease name, not an amount. Counts of people managed have no target. 1.1个百分点 is the gap to the target.")

# 14 基层医疗 (Chinese numerals): one facility still being fitted out, a cumulative total
P = "截至10月底"
row("新建社区医院五家,建设中心村卫生室三十个,新组建家庭医生签约服务团队四十个。",
    "截至10月底,已建成社区医院四家,另一家正在装修,预计12月投用;建成中心村卫生室三十二个;新组建家庭医生签约服务团队四十六个,累计达到三百一十二个。",
    targets=[M("五家", 5, "家", "新建社区医院"),
             M("三十个", 30, "个", "建设中心村卫生室"),
             M("四十个", 40, "个", "新组建家庭医生签约服务团队")],
    actuals=[M("四家", 4, "家", "已建成社区医院", period=P),
             M("一家", 1, "家", "正在装修的社区医院", period=P),
             M("三十二个", 32, "个", "建成中心村卫生室", period=P),
             M("四十六个", 46, "个", "新组建家庭医生签约服务团队", period=P),
             M("三百一十二个", 312, "个", "家庭医生签约服务团队累计", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    owners="市卫健委",
    note="Chinese numerals. The hospital still being fitted out does not count as built (would-be 5/5 with it). 12月 is a date. The cumulative 312 teams is a stock, not the year's new teams.")

# 15 执业医师 vs 执业(助理)医师: the first target is not answered
P = "截至10月底"
row("每千人口执业(助理)医师数达到3.5人,每千人口注册护士数达到4人以上。",
    "截至10月底,全市执业医师总数8936人,每千人口执业医师数3.12人,比上年增加0.15人;每千人口注册护士数4.05人。",
    targets=[M("3.5人", 3.5, "人", "每千人口执业(助理)医师数"),
             M("4人", 4, "人", "每千人口注册护士数", bound="min")],
    actuals=[M("8936人", 8936, "人", "执业医师总数", period=P),
             M("3.12人", 3.12, "人", "每千人口执业医师数", period=P),
             M("0.15人", 0.15, "人", "每千人口执业医师数比上年增加", period=P),
             M("4.05人", 4.05, "人", "每千人口注册护士数", period=P)],
    pairs=[("t2", ["a4"])],
    owners="市卫健委",
    note="执业医师 excludes 执业助理医师: a narrower measure, so the 执业(助理)医师 target is not answered (would-be 3.12/3.5 = 0.8914).")

# 16 每十万人口: numerator and denominator of a management rate
P = "1-9月"
row("每十万人口精神科执业(助理)医师数达到4.5人,严重精神障碍患者规范管理率达到90%以上。",
    "1-9月,全市精神科执业(助理)医师131人,每十万人口4.57人;在册严重精神障碍患者1.02万人,规范管理9286人,规范管理率91.0%。",
    targets=[M("4.5人", 4.5, "人", "每十万人口精神科执业(助理)医师数"),
             M("90%", 90, "%", "严重精神障碍患者规范管理率", bound="min")],
    actuals=[M("131人", 131, "人", "精神科执业(助理)医师", period=P),
             M("4.57人", 4.57, "人", "每十万人口精神科执业(助理)医师数", period=P),
             M("1.02万人", 1.02, "万人", "在册严重精神障碍患者", period=P),
             M("9286人", 9286, "人", "规范管理患者", period=P),
             M("91.0%", 91.0, "%", "严重精神障碍患者规范管理率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    owners="市卫健委",
    note="每十万人口 is the basis. 9286 / 1.02万 = 91.0% (numerator and denominator of the rate do not answer it).")

# ---------------------------------------------------------------------------------------------
# Part 3 (items 17-19): 医保局
# ---------------------------------------------------------------------------------------------

# 17 参保率: 参保人数 (numerator) and its 其中 parts beside the rate, a per-person standard
P = "截至10月底"
row("基本医疗保险参保率稳定在95%以上,城乡居民医保财政补助标准达到每人每年670元。",
    "截至10月底,全市基本医疗保险参保272.3万人,参保率96.4%,其中城乡居民医保参保198.5万人、职工医保参保73.8万人;城乡居民医保财政补助标准已提高到每人每年670元,个人缴费标准为每人每年380元。",
    targets=[M("95%", 95, "%", "基本医疗保险参保率", bound="min"),
             M("每人每年670元", 670, "元/人年", "城乡居民医保人均财政补助标准")],
    actuals=[M("272.3万人", 272.3, "万人", "基本医疗保险参保人数", period=P),
             M("96.4%", 96.4, "%", "基本医疗保险参保率", period=P),
             M("198.5万人", 198.5, "万人", "城乡居民医保参保人数", period=P),
             M("73.8万人", 73.8, "万人", "职工医保参保人数", period=P),
             M("每人每年670元", 670, "元/人年", "城乡居民医保人均财政补助标准", period=P),
             M("每人每年380元", 380, "元/人年", "城乡居民医保个人缴费标准", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    owners="市医保局、市财政局",
    note="The head count 272.3万人 (= 198.5 + 73.8) is the numerator of the rate, not its answer. 已提高到670元 is an achieved standard, not a restated target. The individual contribution has no target.")

# 18 报销比例: approx and min bounds, 实际报销比例 beside 政策范围内, 同比
P = "1-9月"
row("城乡居民医保政策范围内住院费用报销比例稳定在70%左右,职工医保稳定在80%以上;新增跨省异地就医直接结算定点医疗机构20家。",
    "1-9月,城乡居民医保政策范围内住院费用报销比例为69.2%,实际报销比例56.8%;职工医保政策范围内报销比例84.5%;新增跨省异地就医直接结算定点医疗机构26家,全市累计达到318家,累计结算4.6万人次,同比增长35.2%,基金支付3.2亿元。",
    targets=[M("70%", 70, "%", "城乡居民医保政策范围内住院费用报销比例", bound="approx"),
             M("80%", 80, "%", "职工医保政策范围内住院费用报销比例", bound="min"),
             M("20家", 20, "家", "新增跨省异地就医直接结算定点医疗机构")],
    actuals=[M("69.2%", 69.2, "%", "城乡居民医保政策范围内住院费用报销比例", period=P),
             M("56.8%", 56.8, "%", "城乡居民医保实际报销比例", period=P),
             M("84.5%", 84.5, "%", "职工医保政策范围内报销比例", period=P),
             M("26家", 26, "家", "新增跨省异地就医直接结算定点医疗机构", period=P),
             M("318家", 318, "家", "跨省异地就医直接结算定点医疗机构累计", period=P),
             M("4.6万人次", 4.6, "万人次", "跨省异地就医累计结算", period=P),
             M("35.2%", 35.2, "%", "异地就医结算人次同比增长", kind="growth", period=P),
             M("3.2亿元", 3.2, "亿元", "异地就医基金支付", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    owners="市医保局",
    note="实际报销比例 is a different measure from 政策范围内报销比例. The second target's metric is carried over from the first (职工医保 + 政策范围内住院费用报销比例). The cumulative 318家 is a stock.")

# 19 DRG/DIP: nothing answers
row("推进DRG/DIP支付方式改革,病种覆盖率达到90%以上,医保基金支出增长控制在10%以内。",
    "已完成DRG付费改革实际付费全覆盖,全市二级以上定点医疗机构全部纳入;正在开展年度清算和病组分值测算,相关数据待年底汇总后报送。",
    targets=[M("90%", 90, "%", "DRG/DIP病种覆盖率", bound="min"),
             M("10%", 10, "%", "医保基金支出增长", kind="growth", bound="max")],
    owners="市医保局",
    note="Nothing answers: 全覆盖 states no number, 二级以上 is a hospital grade label, and the data are pending.")

# ---------------------------------------------------------------------------------------------
# Part 4 (items 20-25): 人社局
# ---------------------------------------------------------------------------------------------

# 20 城镇新增就业 (a range in 万人) answered in 人; 登记失业率 does not answer 调查失业率
P = "1-10月"
row("城镇新增就业1.3万-1.5万人,城镇调查失业率控制在5.5%以内。",
    "1-10月,全市城镇新增就业13862人,完成年度目标任务的92.4%;帮助失业人员再就业3215人、就业困难人员就业1087人;10月末城镇登记失业率2.86%,上年同期为2.95%。",
    targets=[M("1.3万-1.5万人", 1.3, "万人", "城镇新增就业", bound="range", value_max=1.5),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="max")],
    actuals=[M("13862人", 13862, "人", "城镇新增就业", period=P),
             M("92.4%", 92.4, "%", "完成年度目标任务(比例)", period=P),
             M("3215人", 3215, "人", "失业人员再就业", period=P),
             M("1087人", 1087, "人", "就业困难人员就业", period=P),
             M("2.86%", 2.86, "%", "城镇登记失业率", period="10月末"),
             M("2.95%", 2.95, "%", "城镇登记失业率(上年同期)", period="上年同期")],
    pairs=[("t1", ["a1"])],
    owners="市人社局",
    note="A range target in 万人 answered in 人: ratio against the lower end (13862/13000); the report's 92.4% is against the upper end. 登记失业率 is not 调查失业率: the cap is not answered (would-be 2.86/5.5 = 0.52).")

# 21 社会保险参保人数: four targets, 其中 parts with a bracketed breakdown
P = "截至10月底"
row("基本养老保险参保人数达到156万人,其中城镇职工基本养老保险参保人数达到82万人;失业保险、工伤保险参保人数分别达到38万人、45万人。",
    "截至10月底,全市基本养老保险参保157.26万人,其中城镇职工基本养老保险参保80.3万人(企业职工63.4万人、机关事业单位16.9万人)、城乡居民基本养老保险参保76.96万人;失业保险参保37.2万人,工伤保险参保46.8万人;基本养老保险参保率95.3%。",
    targets=[M("156万人", 156, "万人", "基本养老保险参保人数"),
             M("82万人", 82, "万人", "城镇职工基本养老保险参保人数"),
             M("38万人", 38, "万人", "失业保险参保人数"),
             M("45万人", 45, "万人", "工伤保险参保人数")],
    actuals=[M("157.26万人", 157.26, "万人", "基本养老保险参保人数", period=P),
             M("80.3万人", 80.3, "万人", "城镇职工基本养老保险参保人数", period=P),
             M("63.4万人", 63.4, "万人", "企业职工基本养老保险参保人数", period=P),
             M("16.9万人", 16.9, "万人", "机关事业单位养老保险参保人数", period=P),
             M("76.96万人", 76.96, "万人", "城乡居民基本养老保险参保人数", period=P),
             M("37.2万人", 37.2, "万人", "失业保险参保人数", period=P),
             M("46.8万人", 46.8, "万人", "工伤保险参保人数", period=P),
             M("95.3%", 95.3, "%", "基本养老保险参保率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"]), ("t4", ["a7"])],
    owners="市人社局",
    note="80.3 = 63.4 + 16.9 and 157.26 = 80.3 + 76.96 (parts). The 参保率 has no target.")

# 22 技能培訓 (traditional): 人次 vs 人, a 其中 part, a forecast beside the YTD figure
P = "1-9月"
row("開展職業技能培訓2萬人次以上,新增技能人才8000人,其中高技能人才2500人;城鎮新增就業1.2萬人。",
    "1-9月,全市開展職業技能培訓1.86萬人次,其中補貼性培訓1.42萬人次,發放培訓補貼2135萬元;新增技能人才7350人,其中高技能人才2680人;城鎮新增就業1.05萬人,預計全年可完成1.3萬人。",
    targets=[M("2萬人次", 2, "萬人次", "職業技能培訓", bound="min"),
             M("8000人", 8000, "人", "新增技能人才"),
             M("2500人", 2500, "人", "新增高技能人才"),
             M("1.2萬人", 1.2, "萬人", "城鎮新增就業")],
    actuals=[M("1.86萬人次", 1.86, "萬人次", "職業技能培訓", period=P),
             M("1.42萬人次", 1.42, "萬人次", "補貼性培訓", period=P),
             M("2135萬元", 2135, "萬元", "發放培訓補貼", period=P),
             M("7350人", 7350, "人", "新增技能人才", period=P),
             M("2680人", 2680, "人", "新增高技能人才", period=P),
             M("1.05萬人", 1.05, "萬人", "城鎮新增就業", period=P),
             M("1.3萬人", 1.3, "萬人", "預計全年城鎮新增就業", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a6"])],
    owners="市人社局",
    note="Traditional characters. 城鎮新增就業 pairs with the YTD 1.05萬人, not with the forecast 1.3萬人 (would-be 1.0833). 補貼性培訓 is a part.")

# 23 高校毕业生: cohort label, counts beside the rate, a threshold in the progress
P = "截至9月底"
row("高校毕业生就业率保持在90%以上,募集就业见习岗位1200个,零就业家庭动态清零。",
    "截至9月底,全市2024届高校毕业生离校未就业人员已帮扶就业4256人,就业率91.8%;募集见习岗位1460个,已吸纳见习人员986人;认定零就业家庭12户,均已实现至少1人就业。",
    targets=[M("90%", 90, "%", "高校毕业生就业率", bound="min"),
             M("1200个", 1200, "个", "募集就业见习岗位")],
    actuals=[M("4256人", 4256, "人", "离校未就业高校毕业生帮扶就业", period=P),
             M("91.8%", 91.8, "%", "高校毕业生就业率", period=P),
             M("1460个", 1460, "个", "募集见习岗位", period=P),
             M("986人", 986, "人", "吸纳见习人员", period=P),
             M("12户", 12, "户", "认定零就业家庭", period=P),
             M("1人", 1, "人", "每户至少就业人数(threshold)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    owners="市人社局",
    note="2024届 is a cohort label. 零就业家庭动态清零 is a goal without a number (零 is part of the name). The 12 households and 至少1人 have no target.")

# 24 调查失业率 (full-width digits): the cap answered, a provincial average and a fall beside it
P = "１－９月"
row("城镇调查失业率控制在５．５％左右,帮助就业困难人员实现就业１５００人,新增返乡入乡创业３００人。",
    "１－９月,全市城镇调查失业率平均为５．２％,比上年同期下降０．３个百分点,全省平均为５．３％;帮助就业困难人员就业１２６８人;新增返乡入乡创业４１２人,带动就业２０５６人。",
    targets=[M("５．５％", 5.5, "%", "城镇调查失业率", bound="approx"),
             M("１５００人", 1500, "人", "帮助就业困难人员实现就业"),
             M("３００人", 300, "人", "新增返乡入乡创业")],
    actuals=[M("５．２％", 5.2, "%", "城镇调查失业率", period=P),
             M("０．３个百分点", 0.3, "个百分点", "调查失业率比上年同期下降", kind="reduction", period=P),
             M("５．３％", 5.3, "%", "城镇调查失业率(全省平均)", period=P),
             M("１２６８人", 1268, "人", "帮助就业困难人员就业", period=P),
             M("４１２人", 412, "人", "新增返乡入乡创业", period=P),
             M("２０５６人", 2056, "人", "返乡创业带动就业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    owners="市人社局",
    note="Full-width digits. 控制在…左右 is an approx bound. The provincial average 5.3% does not answer; 带动就业 is another measure.")

# 25 登记失业率 target, 调查失业率 actual; a restated target in the progress
P = "截至10月底"
row("城镇新增就业1.1万人,农村劳动力转移就业新增5000人,城镇登记失业率控制在3.5%以内。",
    "截至10月底,城镇新增就业9860人(年度目标1.1万人);新增农村劳动力转移就业5230人,全市农村劳动力转移就业总量达到42.6万人;城镇调查失业率5.1%。",
    targets=[M("1.1万人", 1.1, "万人", "城镇新增就业"),
             M("5000人", 5000, "人", "农村劳动力转移就业新增"),
             M("3.5%", 3.5, "%", "城镇登记失业率", bound="max")],
    actuals=[M("9860人", 9860, "人", "城镇新增就业", period=P),
             M("1.1万人", 1.1, "万人", "城镇新增就业年度目标(restated)"),
             M("5230人", 5230, "人", "新增农村劳动力转移就业", period=P),
             M("42.6万人", 42.6, "万人", "农村劳动力转移就业总量", period=P),
             M("5.1%", 5.1, "%", "城镇调查失业率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    owners="县人社局",
    note="The bracketed 年度目标1.1万人 restates the target and does not answer it. 调查失业率 is not 登记失业率: the cap is unanswered (would-be 5.1/3.5). The stock 42.6万人 is not the year's increase.")

# ---------------------------------------------------------------------------------------------
# Part 5 (items 26-31): 民政局
# ---------------------------------------------------------------------------------------------

# 26 护理型床位占比 / 每千名老年人养老床位: numerators and denominators, an age class
P = "截至10月底"
row("养老机构护理型床位占比达到60%以上,每千名老年人拥有养老床位数达到35张。",
    "截至10月底,全市养老机构床位1.86万张,其中护理型床位1.15万张,护理型床位占比61.8%;全市养老床位总数2.32万张,按户籍60岁以上老年人67.5万人计算,每千名老年人拥有养老床位34.4张,比上年末增加1.6张。",
    targets=[M("60%", 60, "%", "养老机构护理型床位占比", bound="min"),
             M("35张", 35, "张", "每千名老年人拥有养老床位数")],
    actuals=[M("1.86万张", 1.86, "万张", "养老机构床位", period=P),
             M("1.15万张", 1.15, "万张", "护理型床位", period=P),
             M("61.8%", 61.8, "%", "养老机构护理型床位占比", period=P),
             M("2.32万张", 2.32, "万张", "养老床位总数", period=P),
             M("60岁", 60, "岁", "60岁以上老年人(class)"),
             M("67.5万人", 67.5, "万人", "户籍60岁以上老年人", period=P),
             M("34.4张", 34.4, "张", "每千名老年人拥有养老床位数", period=P),
             M("1.6张", 1.6, "张", "每千名老年人养老床位比上年末增加", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a7"])],
    owners="市民政局",
    note="每千名老年人 is the basis. 1.15/1.86 = 61.8% and 2.32万/675 = 34.4 (numerators and denominators do not answer the rates).")

# 27 养老服务设施 (Chinese numerals): centres finished vs only structurally complete
P = "截至9月底"
row("新建街道综合养老服务中心六个、社区长者食堂八十个,新增家庭养老床位五百张。",
    "截至9月底,新建街道综合养老服务中心四个,另有两个主体完工;建成社区长者食堂九十三个,累计服务老年人十二万人次;新增家庭养老床位三百六十张,已完成适老化改造三百二十户。",
    targets=[M("六个", 6, "个", "新建街道综合养老服务中心"),
             M("八十个", 80, "个", "新建社区长者食堂"),
             M("五百张", 500, "张", "新增家庭养老床位")],
    actuals=[M("四个", 4, "个", "新建街道综合养老服务中心", period=P),
             M("两个", 2, "个", "主体完工的综合养老服务中心", period=P),
             M("九十三个", 93, "个", "建成社区长者食堂", period=P),
             M("十二万人次", 12, "万人次", "长者食堂累计服务老年人", period=P),
             M("三百六十张", 360, "张", "新增家庭养老床位", period=P),
             M("三百二十户", 320, "户", "完成适老化改造", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    owners="市民政局",
    note="Chinese numerals (十二万人次 -> 12 万人次). The two centres only structurally complete are not finished (would-be 6/6 with them).")

# 28 新增养老床位 vs 新增护理型床位: the count target is not answered; 提高X个百分点
P = "1-10月"
row("新增养老机构护理型床位800张,养老机构护理型床位占比提高5个百分点。",
    "1-10月,全市新增养老床位1120张,其中普惠型养老床位650张;养老机构护理型床位占比为58.3%,较上年末提高3.6个百分点。",
    targets=[M("800张", 800, "张", "新增养老机构护理型床位"),
             M("5个百分点", 5, "个百分点", "养老机构护理型床位占比提高", kind="growth")],
    actuals=[M("1120张", 1120, "张", "新增养老床位", period=P),
             M("650张", 650, "张", "新增普惠型养老床位", period=P),
             M("58.3%", 58.3, "%", "养老机构护理型床位占比", period=P),
             M("3.6个百分点", 3.6, "个百分点", "护理型床位占比较上年末提高", kind="growth", period=P)],
    pairs=[("t2", ["a4"])],
    owners="市民政局",
    note="新增养老床位 is a broader aggregate and 普惠型 a different class: neither answers 新增护理型床位 (would-be 1120/800 = 1.4). The rise target pairs with the rise (3.6/5), not with the level 58.3%.")

# 29 低保標準 (traditional): old and new standards, a head count and a total paid
row("城市、農村居民最低生活保障標準分別達到每人每月860元、700元,生活不能自理特困人員集中供養率達到60%以上。",
    "自7月1日起,城市、農村低保標準分別由每人每月820元、660元提高至865元、710元;截至10月底,全市在冊低保對象3.28萬人,1-10月累計發放低保金2.16億元;生活不能自理特困人員集中供養率為63.5%。",
    targets=[M("每人每月860元", 860, "元/人月", "城市居民最低生活保障標準"),
             M("700元", 700, "元/人月", "農村居民最低生活保障標準"),
             M("60%", 60, "%", "生活不能自理特困人員集中供養率", bound="min")],
    actuals=[M("每人每月820元", 820, "元/人月", "城市低保標準(調整前)"),
             M("660元", 660, "元/人月", "農村低保標準(調整前)"),
             M("865元", 865, "元/人月", "城市低保標準", period="自7月1日起"),
             M("710元", 710, "元/人月", "農村低保標準", period="自7月1日起"),
             M("3.28萬人", 3.28, "萬人", "在冊低保對象", period="截至10月底"),
             M("2.16億元", 2.16, "億元", "累計發放低保金", period="1-10月"),
             M("63.5%", 63.5, "%", "生活不能自理特困人員集中供養率", period="截至10月底")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a7"])],
    owners="市民政局、市財政局",
    note="Traditional characters. 由…提高至: the old standards are not results. 分別 on both sides. 7月1日 is a date.")

# 30 每万常住人口社会工作者: a stock beside the ratio, a count target met exactly, a 100% coverage
P = "截至10月底"
row("每万常住人口持证社会工作者数达到5人,新建乡镇(街道)社会工作服务站12个,实现覆盖率100%。",
    "截至10月底,全市持证社会工作者1326人,每万常住人口4.63人,较上年增加0.85人;新建乡镇(街道)社会工作服务站12个,全市累计建成68个,覆盖率100%。",
    targets=[M("5人", 5, "人", "每万常住人口持证社会工作者数"),
             M("12个", 12, "个", "新建乡镇(街道)社会工作服务站"),
             M("100%", 100, "%", "乡镇(街道)社会工作服务站覆盖率")],
    actuals=[M("1326人", 1326, "人", "持证社会工作者", period=P),
             M("4.63人", 4.63, "人", "每万常住人口持证社会工作者数", period=P),
             M("0.85人", 0.85, "人", "每万常住人口社工数较上年增加", period=P),
             M("12个", 12, "个", "新建乡镇(街道)社会工作服务站", period=P),
             M("68个", 68, "个", "社会工作服务站累计建成", period=P),
             M("100%", 100, "%", "社会工作服务站覆盖率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    owners="市民政局",
    note="每万常住人口 is the basis. The stock 1326人 and the cumulative 68个 do not answer.")

# 31 老年人能力评估: nothing answers
row("老年人能力综合评估覆盖率达到30%,经济困难失能老年人集中照护覆盖率达到80%以上。",
    "老年人能力综合评估工作已于8月启动,已完成评估员培训320人次、确定第三方评估机构3家;经济困难失能老年人摸底排查工作正在进行,预计11月底完成,届时统计集中照护覆盖率。",
    targets=[M("30%", 30, "%", "老年人能力综合评估覆盖率"),
             M("80%", 80, "%", "经济困难失能老年人集中照护覆盖率", bound="min")],
    actuals=[M("320人次", 320, "人次", "评估员培训"),
             M("3家", 3, "家", "确定第三方评估机构")],
    pairs=[],
    owners="市民政局",
    note="Nothing answers: only preparatory counts; the coverage rates are not reported yet. 8月 and 11月底 are dates.")

# ---------------------------------------------------------------------------------------------
# Part 6 (items 32-34): 残联
# ---------------------------------------------------------------------------------------------

# 32 残疾儿童入学率 (不低于), 康复服务 people beside the coverage, last year's count
P = "截至10月底"
row("适龄残疾儿童少年义务教育入学率不低于97%,持证残疾人基本康复服务覆盖率达到85%,完成困难重度残疾人家庭无障碍改造300户。",
    "截至10月底,全市适龄残疾儿童少年义务教育入学率98.6%,其中随班就读412人、送教上门156人;为持证残疾人提供基本康复服务2.38万人,覆盖率86.2%;完成困难重度残疾人家庭无障碍改造326户,上年为280户。",
    targets=[M("97%", 97, "%", "适龄残疾儿童少年义务教育入学率", bound="min"),
             M("85%", 85, "%", "持证残疾人基本康复服务覆盖率"),
             M("300户", 300, "户", "困难重度残疾人家庭无障碍改造")],
    actuals=[M("98.6%", 98.6, "%", "适龄残疾儿童少年义务教育入学率", period=P),
             M("412人", 412, "人", "随班就读", period=P),
             M("156人", 156, "人", "送教上门", period=P),
             M("2.38万人", 2.38, "万人", "持证残疾人基本康复服务人数", period=P),
             M("86.2%", 86.2, "%", "持证残疾人基本康复服务覆盖率", period=P),
             M("326户", 326, "户", "困难重度残疾人家庭无障碍改造", period=P),
             M("280户", 280, "户", "无障碍改造(上年)", period="上年")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    owners="市残联、市教育局",
    note="不低于 is a min bound. Last year's 280户 does not answer; the 其中 parts (随班就读, 送教上门) have no target.")

# 33 残疾人就业 (Chinese numerals): 其中 parts summing to the total, a restated rate target
P = "1-9月"
row("新增残疾人就业二百五十人,开展残疾人职业技能培训一千人次,城乡残疾人就业率达到50%。",
    "1-9月,全市新增残疾人就业二百八十六人,其中按比例就业九十二人、集中就业四十七人、个体及灵活就业一百四十七人;开展职业技能培训八百六十人次;残疾人就业率目标为50%,年度数据待残疾人就业状况调查结束后公布。",
    targets=[M("二百五十人", 250, "人", "新增残疾人就业"),
             M("一千人次", 1000, "人次", "残疾人职业技能培训"),
             M("50%", 50, "%", "城乡残疾人就业率")],
    actuals=[M("二百八十六人", 286, "人", "新增残疾人就业", period=P),
             M("九十二人", 92, "人", "按比例就业", period=P),
             M("四十七人", 47, "人", "集中就业", nth=0, period=P),
             M("一百四十七人", 147, "人", "个体及灵活就业", period=P),
             M("八百六十人次", 860, "人次", "残疾人职业技能培训", period=P),
             M("50%", 50, "%", "残疾人就业率目标(restated)")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    owners="市残联、市人社局",
    note="Chinese numerals. 92 + 47 + 147 = 286 (parts beside the total). 残疾人就业率目标为50% restates the target; the rate is not reported, so t3 is unanswered.")

# 34 两项补贴 (full-width digits): 人次 vs 人, money beside the count, a name with a numeral
P = "１－１０月"
row("残疾人两项补贴精准发放率保持在１００％,基本型辅助器具适配率达到９０％以上,为残疾儿童提供康复救助６００人。",
    "１－１０月,累计发放困难残疾人生活补贴和重度残疾人护理补贴３．６２万人次、４１８６．５万元,精准发放率１００％;基本型辅助器具适配率９２．４％;为残疾儿童提供康复救助６３８人次,覆盖６２１人。",
    targets=[M("１００％", 100, "%", "残疾人两项补贴精准发放率"),
             M("９０％", 90, "%", "基本型辅助器具适配率", bound="min"),
             M("６００人", 600, "人", "残疾儿童康复救助")],
    actuals=[M("３．６２万人次", 3.62, "万人次", "两项补贴累计发放", period=P),
             M("４１８６．５万元", 4186.5, "万元", "两项补贴累计发放金额", period=P),
             M("１００％", 100, "%", "两项补贴精准发放率", period=P),
             M("９２．４％", 92.4, "%", "基本型辅助器具适配率", period=P),
             M("６３８人次", 638, "人次", "残疾儿童康复救助", period=P),
             M("６２１人", 621, "人", "残疾儿童康复救助覆盖人数", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"])],
    owners="市残联",
    note="Full-width digits. 两项补贴 is a policy name. The 人 target pairs with 621人, not with 638人次. A bare 保持在 is exact.")

# ---------------------------------------------------------------------------------------------
# Part 7 (items 35-38): 体育局
# ---------------------------------------------------------------------------------------------

# 35 人均体育场地面积: only last year's figure and a forecast; a range target answered
row("人均体育场地面积达到2.8平方米,经常参加体育锻炼人数比例达到38%-40%。",
    "截至上年末,全市体育场地1.26万个,场地面积770.4万平方米,人均体育场地面积2.69平方米;今年新建改建体育场地面积21.3万平方米,预计年底人均可达2.76平方米;据年度全民健身活动状况调查,经常参加体育锻炼人数比例41.2%。",
    targets=[M("2.8平方米", 2.8, "平方米", "人均体育场地面积"),
             M("38%-40%", 38, "%", "经常参加体育锻炼人数比例", bound="range", value_max=40)],
    actuals=[M("1.26万个", 1.26, "万个", "体育场地(上年末)", period="截至上年末"),
             M("770.4万平方米", 770.4, "万平方米", "体育场地面积(上年末)", period="截至上年末"),
             M("2.69平方米", 2.69, "平方米", "人均体育场地面积(上年末)", period="截至上年末"),
             M("21.3万平方米", 21.3, "万平方米", "新建改建体育场地面积", period="今年"),
             M("2.76平方米", 2.76, "平方米", "预计人均体育场地面积", period="年底"),
             M("41.2%", 41.2, "%", "经常参加体育锻炼人数比例")],
    pairs=[("t2", ["a6"])],
    owners="市体育局",
    note="The area target is not answered: 2.69 is last year's figure and 2.76 a forecast (would-be 0.9607 / 0.9857). The range target is answered above its upper end; ratio against the lower end (41.2/38).")

# 36 全民健身设施: a slogan, an ordinal, pitch sizes (specifications) as parts
P = "截至10月底"
row("新建(改建)体育公园3个、社会足球场地15块、全民健身路径100条,建成“15分钟健身圈”。",
    "截至10月底,建成体育公园2个,第3个已完成主体工程;新建社会足球场地17块,其中11人制3块、7人制及以下14块;新建全民健身路径108条,更新健身器材2360件。",
    targets=[M("3个", 3, "个", "新建(改建)体育公园"),
             M("15块", 15, "块", "社会足球场地"),
             M("100条", 100, "条", "全民健身路径")],
    actuals=[M("2个", 2, "个", "建成体育公园", period=P),
             M("17块", 17, "块", "新建社会足球场地", period=P),
             M("11人", 11, "人", "11人制足球场(specification)"),
             M("3块", 3, "块", "11人制足球场地", period=P),
             M("7人", 7, "人", "7人制及以下足球场(specification)"),
             M("14块", 14, "块", "7人制及以下足球场地", period=P),
             M("108条", 108, "条", "新建全民健身路径", period=P),
             M("2360件", 2360, "件", "更新健身器材", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a7"])],
    owners="市体育局",
    note="“15分钟健身圈” is a slogan; 第3个 an ordinal. 11人制 / 7人制 are pitch specifications; 3 + 14 = 17.")

# 37 國民體質 (traditional): sample size, 優秀率 beside 合格率, a provincial average
row("城鄉居民達到《國民體質測定標準》合格以上的人數比例達到93%以上,每千人擁有社會體育指導員2.6名。",
    "2024年國民體質監測抽測8600人,合格以上比例為93.8%,其中優秀率15.2%;截至10月底,全市累計培訓社會體育指導員7820名,每千人擁有2.73名,全省平均為2.4名。",
    targets=[M("93%", 93, "%", "國民體質合格以上人數比例", bound="min"),
             M("2.6名", 2.6, "名", "每千人擁有社會體育指導員")],
    actuals=[M("8600人", 8600, "人", "國民體質監測抽測人數"),
             M("93.8%", 93.8, "%", "國民體質合格以上比例"),
             M("15.2%", 15.2, "%", "國民體質優秀率"),
             M("7820名", 7820, "名", "累計培訓社會體育指導員", period="截至10月底"),
             M("2.73名", 2.73, "名", "每千人擁有社會體育指導員", period="截至10月底"),
             M("2.4名", 2.4, "名", "每千人擁有社會體育指導員(全省平均)", period="截至10月底")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    owners="市體育局",
    note="Traditional characters. 2024年 is a date, 每千人 the basis. 優秀率 is a part of the 合格以上 share; the provincial average does not answer.")

# 38 体育赛事 / 体育产业: the industry targets answered only by forecasts
P = "1-10月"
row("举办各级各类群众性体育赛事活动200场次以上,体育产业总规模达到85亿元,增长10%。",
    "1-10月,全市举办群众性体育赛事活动236场次,参与人数42.6万人次,其中承办省级以上赛事18场次;体育产业总规模预计全年可达82亿元,增长7.9%,上年为76亿元。",
    targets=[M("200场次", 200, "场次", "群众性体育赛事活动", bound="min"),
             M("85亿元", 85, "亿元", "体育产业总规模"),
             M("10%", 10, "%", "体育产业总规模", kind="growth")],
    actuals=[M("236场次", 236, "场次", "群众性体育赛事活动", period=P),
             M("42.6万人次", 42.6, "万人次", "赛事参与人数", period=P),
             M("18场次", 18, "场次", "承办省级以上赛事", period=P),
             M("82亿元", 82, "亿元", "预计全年体育产业总规模", period="全年"),
             M("7.9%", 7.9, "%", "预计全年体育产业总规模增长", kind="growth", period="全年"),
             M("76亿元", 76, "亿元", "体育产业总规模(上年)", period="上年")],
    pairs=[("t1", ["a1"])],
    owners="市体育局",
    note="The industry size and growth are forecasts only (would-be 82/85 = 0.9647 and 7.9/10): unpaired. 76亿元 is last year's figure. 省级以上 is a level label.")

# ---------------------------------------------------------------------------------------------
# Part 8 (items 39-40): a sum pair and a year-end row
# ---------------------------------------------------------------------------------------------

# 39 义务教育学位 answered only by its parts (小学 + 初中)
P = "截至10月底"
row("新增义务教育学位4000个,新增普惠性幼儿园学位1200个。",
    "截至10月底,新建、改扩建项目已投用8个,新增小学学位2340个、初中学位1580个;新增普惠性幼儿园学位1260个,其中公办园学位900个、普惠性民办园学位360个。",
    targets=[M("4000个", 4000, "个", "新增义务教育学位"),
             M("1200个", 1200, "个", "新增普惠性幼儿园学位")],
    actuals=[M("8个", 8, "个", "新建改扩建项目投用", period=P),
             M("2340个", 2340, "个", "新增小学学位", period=P),
             M("1580个", 1580, "个", "新增初中学位", period=P),
             M("1260个", 1260, "个", "新增普惠性幼儿园学位", period=P),
             M("900个", 900, "个", "新增公办园学位", period=P),
             M("360个", 360, "个", "新增普惠性民办园学位", period=P)],
    pairs=[("t1", ["a2", "a3"]), ("t2", ["a4"])],
    owners="区教育局",
    note="义务教育 = 小学 + 初中: the target is met by the sum (2340 + 1580 = 3920). The 8 projects share the unit 个 but are another measure.")

# 40 全年: caps on two mortality rates, last year's and the province's values, a rise in years
P = "全年"
row("孕产妇死亡率、婴儿死亡率分别控制在10/10万、3.5‰以下,人均预期寿命提高0.3岁。",
    "全年全市活产23106人,孕产妇死亡1例,孕产妇死亡率4.33/10万,上年为8.7/10万;婴儿死亡率2.38‰,全省平均为2.9‰;人均预期寿命80.12岁,比上年提高0.26岁。",
    targets=[M("10/10万", 10, "/10万", "孕产妇死亡率", bound="max"),
             M("3.5‰", 3.5, "‰", "婴儿死亡率", bound="max"),
             M("0.3岁", 0.3, "岁", "人均预期寿命提高", kind="growth")],
    actuals=[M("23106人", 23106, "人", "活产数", period=P),
             M("1例", 1, "例", "孕产妇死亡", period=P),
             M("4.33/10万", 4.33, "/10万", "孕产妇死亡率", period=P),
             M("8.7/10万", 8.7, "/10万", "孕产妇死亡率(上年)", period="上年"),
             M("2.38‰", 2.38, "‰", "婴儿死亡率", period=P),
             M("2.9‰", 2.9, "‰", "婴儿死亡率(全省平均)", period=P),
             M("80.12岁", 80.12, "岁", "人均预期寿命", period=P),
             M("0.26岁", 0.26, "岁", "人均预期寿命比上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a8"])],
    owners="市卫健委",
    note="Year-end figures. 1 / 23106 live births = 4.33/10万 (numerator and denominator). The rise target pairs with the rise 0.26岁, not with the level 80.12岁. Last year's and the provincial values do not answer.")


probe.write(Path(__file__).with_name("probe-social.gold.jsonl"))
