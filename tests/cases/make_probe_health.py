"""Writes probe-health.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a prefecture-level
city's 2025 health key-work progress table (重点工作推进情况表, as of the end of November) of the
市卫生健康委, with rows of the 市医保局 and the 市疾控中心 and the departments working with them:
家庭医生签约率 and 重点人群签约率 with 团队 个, 孕产妇/婴儿/5岁以下儿童死亡率 (X/10万, X‰ caps),
紧密型县域医共体 and 县域就诊率, 人均预期寿命 岁, 三级医院创建 and 等级评审 家, 每千人口 医师/护士/床位,
基层机构标准化建设 个 by county, 免疫规划接种率, 适龄女生HPV疫苗 首剂 名, 老年人健康管理率 and 体检 万人次,
高血压/糖尿病规范管理率, 癌症筛查 万人次/万人, 心理健康服务站 and 辅导室, 托位 and 每千人口托位数, 医保参保率
and 参保人数, 医保基金支出增幅 and 可支付月数 and 追回基金, 药品集采 品种 and 节约费用, 医疗卫生投资 with growth,
项目新开工/竣工, 卫生人才引进 名 and 定向医学生, 规培 招收 and 通过率, 健康乡镇/健康村, 病媒生物防制 and 农贸市场
改造, 急救站 and 平均急救反应时间 分钟 and 10秒接听率, 健康素养水平 and 吸烟率, 传染病报告及时率 and 肺结核/艾滋病
治疗, 电子健康档案 and 互认项目, 基本公卫人均补助 元 and 资金, 无偿献血 万人次/吨/‰, 中医馆/中医阁 and 西学中,
职业病危害监测 家 and 健康企业, 食品安全风险监测 份/例, 老年友好型社区 and 医养结合床位, DIP付费覆盖, 卫生执法
抽检 and 案件, 乡村医生资格比例 and 养老补助, 出生缺陷筛查率, 优质服务基层行 and 县域医疗次中心 各2个, 异地就医
直接结算 and 医保电子凭证, 公立医院 医疗服务收入占比 and 平均住院日.

Gold decisions taken (the row notes give each ratio and would-be ratio):
- Counts, amounts and rates in the progress answer the target of the same metric at the same or a
  stricter status. Candidates do not answer a target to create or recognise something: 正在公示
  (三级医院, items 5; 人才, 20), 已上报/推荐/待命名 (慢病示范区 11, 健康乡镇/健康村 22, 老年友好型社区 33,
  健康企业 31 where only the 8 named count), 正在装修/在建/设备安装 (心理服务站 13, 次中心 38).
- Sums of parts (combine sum) where only parts are given: 宫颈癌 + 乳腺癌 for one 共…万人次 target and
  上消化道癌 + 结直肠癌 (12), counties listed one by one (7), central + bond funds (18), 药品 + 耗材
  savings (17), two 规培 bases in a 分别 list (21), 上半年 + 三季度 payments (36). Where the progress
  gives its own total (合计747个, 17) the total answers and the parts are not added. A part of
  another kind is left out of a sum: 助理全科医生培训 is not 住院医师规培 (21).
- Stocks (累计, 全市累计, 达到…个) do not answer a this-year target (5, 14, 33, 38); last year's values
  (上年, 2024年) and full-year/next-year forecasts (预计) do not answer (4, 10, 25, 29).
- A broader aggregate does not answer a narrower target: 开竣工项目 13个 for 新开工 (19).
- A restated basis (按照人均99元标准) does not answer the 补助标准 target (28).
- Duties reported only in words (均在规定时限内办结, 32) leave the target unpaired.
- Caps (以内/以下/控制在) are paired and the ratio is reported as computed, above or below 1 (2, 16, 24, 40).
- 各2个 over two counties is two targets sharing the span (38); 均在96%以上 is one actual (8).
- Items 4 (人均预期寿命 only as 2024 value and 2025 forecast) and 22 (省级 candidates only, 市级 named
  is another level) pair nothing.
Five rows are in traditional characters (5, 16, 22, 29, 34); three use full-width digits (10, 26, 31);
13, 20 and 30 use Chinese numerals (also 两剂次 9, 两个 21).
Deliberately unannotated digit and numeral runs: dates and periods (2024年, 2025年, 2025年度, 2026年度,
2025届, 1-11月, １—１１月, 截至11月底, 9月, 10月, 12月底, 12月中旬, 明年3月); the age groups inside indicator
names (5岁以下儿童死亡率, 3岁以下婴幼儿托位数), read as part of the indicator name; the basis 千人口 in
每千人口/千人口献血率; grade and level labels (三级医院, 三級甲等, 二级以上, 二級甲等/乙等, 三级预防, 四级, 两级);
ordinals (第一/第二人民医院); the phase label 一期; the hotline name 120 and the slogan “双随机、一公开”;
and 点 in 重点人群 (caught by the numeral scan, not a number). Dates written in Chinese numerals
(六月, 十二月中旬) and 10月 are dates too.
Run: cd tests/cases && python make_probe_health.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe33")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Health: a prefecture-level city's 2025 key-work table (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 家庭医生签约 (ordinary): two rates and a team count answered
P = "截至11月底"
row("市卫生健康委、各县（市、区）卫生健康局",
    "推进家庭医生签约服务提质扩面，常住人口家庭医生签约率达到42%以上，重点人群签约率达到80%以上，组建家庭医生团队1200个。",
    "截至11月底，全市累计组建家庭医生团队1236个，签约常住人口198.6万人，签约率43.1%；重点人群签约156.2万人，签约率81.4%，较上年同期提高2.3个百分点；推出个性化签约服务包27类。",
    targets=[M("42%", 42, "%", "常住人口家庭医生签约率", bound="min"),
             M("80%", 80, "%", "重点人群签约率", bound="min"),
             M("1200个", 1200, "个", "组建家庭医生团队")],
    actuals=[M("1236个", 1236, "个", "组建家庭医生团队", period=P),
             M("198.6万人", 198.6, "万人", "签约常住人口", period=P),
             M("43.1%", 43.1, "%", "常住人口签约率", period=P),
             M("156.2万人", 156.2, "万人", "重点人群签约", period=P),
             M("81.4%", 81.4, "%", "重点人群签约率", period=P),
             M("2.3个百分点", 2.3, "个百分点", "重点人群签约率较上年同期提高", kind="growth", period=P),
             M("27类", 27, "类", "个性化签约服务包", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a1"])],
    note="43.1/42 = 1.0262; 81.4/80 = 1.0175; 1236/1200 = 1.03 (累计组建 is the team stock, which is what the task counts). People signed, the 2.3个百分点 rise and the service packages have no target.")

# 2 妇幼健康: three caps per 10万 and ‰ answered well below the cap; live births and drills without target
P = "1-11月"
row("市卫生健康委、市妇幼保健院、各县（市、区）人民政府",
    "保障母婴安全，孕产妇死亡率控制在12/10万以下，婴儿死亡率控制在4‰以下，5岁以下儿童死亡率控制在6‰以下。",
    "1-11月，全市活产数3.12万例，孕产妇死亡率6.41/10万，婴儿死亡率2.37‰，5岁以下儿童死亡率3.52‰，三项指标均控制在目标范围内；市、县两级危重孕产妇和新生儿救治中心开展联合救治演练18场次。",
    targets=[M("12/10万", 12, "/10万", "孕产妇死亡率", bound="max"),
             M("4‰", 4, "‰", "婴儿死亡率", bound="max"),
             M("6‰", 6, "‰", "5岁以下儿童死亡率", bound="max")],
    actuals=[M("3.12万例", 3.12, "万例", "活产数", period=P),
             M("6.41/10万", 6.41, "/10万", "孕产妇死亡率", period=P),
             M("2.37‰", 2.37, "‰", "婴儿死亡率", period=P),
             M("3.52‰", 3.52, "‰", "5岁以下儿童死亡率", period=P),
             M("三项", 3, "项", "指标(scope)"),
             M("18场次", 18, "场次", "联合救治演练", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Caps answered below the cap: 6.41/12 = 0.5342, 2.37/4 = 0.5925, 3.52/6 = 0.5867. The per-10万 base stays in the unit. 三项 counts the indicators (scope). 5岁以下 is part of the indicator name; 两级 a level label.")

# 3 医共体: county coverage answered by 6个 (nth: inside 16个), a rate with county parts in a 分别 list
row("市卫生健康委、市医保局、各县（市）人民政府",
    "深化紧密型县域医共体建设，实现6个县（市）全覆盖，县域就诊率达到90%，县域内基层就诊率提高到65%以上。",
    "全市6个县（市）已全部组建紧密型县域医共体，共组建医共体16个，实行人员、财务、药品耗材统一管理；1-10月，县域就诊率88.7%，较上年同期提高1.9个百分点，其中临江县、石门县分别达到92.3%、91.6%；县域内基层就诊率63.2%。",
    targets=[M("6个", 6, "个", "紧密型县域医共体覆盖县（市）"),
             M("90%", 90, "%", "县域就诊率"),
             M("65%", 65, "%", "县域内基层就诊率", bound="min")],
    actuals=[M("6个", 6, "个", "已全部组建医共体的县（市）", nth=0),
             M("16个", 16, "个", "组建医共体"),
             M("88.7%", 88.7, "%", "县域就诊率", period="1-10月"),
             M("1.9个百分点", 1.9, "个百分点", "县域就诊率较上年同期提高", kind="growth", period="1-10月"),
             M("92.3%", 92.3, "%", "临江县县域就诊率", period="1-10月"),
             M("91.6%", 91.6, "%", "石门县县域就诊率", period="1-10月"),
             M("63.2%", 63.2, "%", "县域内基层就诊率", period="1-10月")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"])],
    note="6个县（市）已全部组建 reports the coverage done: 6/6 = 1.0 (the 16 医共体 are a different count). 88.7/90 = 0.9856 (the county values 92.3%/91.6% are parts, not the city rate). 63.2/65 = 0.9723. '6个' nth 1 lies inside '16个'.")

# 4 人均预期寿命: nothing answers (last year's figure and a forecast only)
row("市卫生健康委、市疾控中心、市统计局",
    "实施健康优先发展战略，全市人均预期寿命达到80.5岁以上，主要健康指标保持全省前列。",
    "人均预期寿命按年度测算，2025年数据需待明年全市死因监测和人口数据汇总后发布。据市疾控中心测算，2024年全市人均预期寿命为80.32岁，较上年提高0.41岁；按目前死因监测数据初步推算，预计2025年可达80.6岁左右。",
    targets=[M("80.5岁", 80.5, "岁", "全市人均预期寿命", bound="min")],
    actuals=[M("80.32岁", 80.32, "岁", "2024年人均预期寿命(last year)", period="2024年"),
             M("0.41岁", 0.41, "岁", "人均预期寿命较上年提高", kind="growth", period="2024年"),
             M("80.6岁", 80.6, "岁", "预计2025年人均预期寿命(forecast)", period="2025年")],
    note="Nothing answers: the 2025 value is not yet computed. 80.32岁 is the 2024 value (would-be 0.9978) and 80.6岁左右 a forecast for the year not yet measured (would-be 1.0012). 全省前列 is a rank without a number.")

# 5 三級醫院 (traditional): one hospital under public notice and one submitted (unpaired), 等級評審 answered, a new vs stock specialty count
P = "今年以來"
row("市衛生健康委、市中心醫院、市中醫院、臨江縣人民政府",
    "推進優質醫療資源擴容下沉，新創建三級醫院2家，完成二級以上公立醫院等級評審（複審）12家，建成省級臨床重點專科5個。",
    "市中醫院已通過三級甲等中醫醫院現場評審，評審結果正在省衛生健康委網站公示；臨江縣人民醫院三級醫院創建材料已上報省衛生健康委，待安排現場評審。今年以來，完成二級以上公立醫院等級評審（複審）13家，其中二級甲等9家、二級乙等4家；新增省級臨床重點專科6個，累計達到38個。",
    targets=[M("2家", 2, "家", "新創建三級醫院", nth=0),
             M("12家", 12, "家", "二級以上公立醫院等級評審（複審）"),
             M("5個", 5, "個", "建成省級臨床重點專科")],
    actuals=[M("13家", 13, "家", "完成等級評審（複審）醫院", period=P),
             M("9家", 9, "家", "評為二級甲等醫院", period=P),
             M("4家", 4, "家", "評為二級乙等醫院", period=P),
             M("6個", 6, "個", "新增省級臨床重點專科", period=P),
             M("38個", 38, "個", "累計省級臨床重點專科(stock)", period=P)],
    pairs=[("t2", ["a1"]), ("t3", ["a4"])],
    note="Traditional characters. Neither new 三級 hospital is recognised: 市中醫院 is under public notice (正在公示) and 臨江縣人民醫院 only submitted its file, so t1 is unpaired (would-be 0.5 if the notice were counted) and no number is written for them. 13/12 = 1.0833 (9 + 4 are its parts). New specialties 6/5 = 1.2; the stock 38個 does not answer. '2家' nth 1 lies inside '12家'; 三級/二級甲等/乙等 are grade labels.")

# 6 每千人口: three density targets answered by the 分别 per-1000 values, not the totals
P = "截至11月底"
row("市卫生健康委、市委编办、市人力资源社会保障局",
    "加强医疗卫生资源配置，每千人口执业（助理）医师数达到3.4人，每千人口注册护士数达到4.0人，每千人口医疗卫生机构床位数达到7.2张。",
    "截至11月底，全市执业（助理）医师1.61万人、注册护士1.92万人，每千人口分别为3.49人、4.16人；医疗卫生机构实有床位3.28万张，每千人口7.11张，较上年末增加0.23张，床位数增长主要来自市公共卫生临床中心一期投用。",
    targets=[M("3.4人", 3.4, "人", "每千人口执业（助理）医师数"),
             M("4.0人", 4.0, "人", "每千人口注册护士数"),
             M("7.2张", 7.2, "张", "每千人口医疗卫生机构床位数")],
    actuals=[M("1.61万人", 1.61, "万人", "执业（助理）医师总数", period=P),
             M("1.92万人", 1.92, "万人", "注册护士总数", period=P),
             M("3.49人", 3.49, "人", "每千人口执业（助理）医师数", period=P),
             M("4.16人", 4.16, "人", "每千人口注册护士数", period=P),
             M("3.28万张", 3.28, "万张", "医疗卫生机构实有床位", period=P),
             M("7.11张", 7.11, "张", "每千人口床位数", period=P),
             M("0.23张", 0.23, "张", "每千人口床位数较上年末增加", kind="growth", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="分别 maps 3.49人 to physicians (1.0265) and 4.16人 to nurses (1.04); beds 7.11/7.2 = 0.9875, just short. The totals (万人/万张) are another measure. 千人口 is the basis of the rate (unannotated); 一期 is a phase label.")

# 7 基层标准化建设: sum of county parts (no total given), units still being fitted out, a village clinic count answered
row("市卫生健康委、各县（市、区）人民政府",
    "实施基层医疗卫生服务能力提升工程，完成乡镇卫生院、社区卫生服务中心标准化建设40个，村卫生室标准化建设300个。",
    "乡镇卫生院、社区卫生服务中心标准化建设项目中，临江县完成11个、石门县完成9个、凤岭区完成8个，其余3个县（市、区）共完成10个，另有4个正在进行内部装修和设备采购；新建或改造提升村卫生室312个，全市村卫生室标准化率达到96.5%。",
    targets=[M("40个", 40, "个", "乡镇卫生院、社区卫生服务中心标准化建设"),
             M("300个", 300, "个", "村卫生室标准化建设")],
    actuals=[M("11个", 11, "个", "临江县完成标准化建设"),
             M("9个", 9, "个", "石门县完成标准化建设"),
             M("8个", 8, "个", "凤岭区完成标准化建设"),
             M("3个", 3, "个", "其余县（市、区）(scope)"),
             M("10个", 10, "个", "其余县（市、区）完成标准化建设"),
             M("4个", 4, "个", "正在装修的机构(in construction)"),
             M("312个", 312, "个", "新建或改造提升村卫生室"),
             M("96.5%", 96.5, "%", "村卫生室标准化率")],
    pairs=[("t1", ["a1", "a2", "a3", "a5"]), ("t2", ["a7"])],
    note="No city total is given: 11 + 9 + 8 + 10 = 38个 against 40个 (combine sum, 0.95); 3个 counts the remaining counties, not units; the 4 still being fitted out are not done (would-be sum 1.05). 新建或改造提升村卫生室 paraphrases 村卫生室标准化建设: 312/300 = 1.04. The 96.5% rate has no target.")

# 8 免疫规划: 均在96%以上 as one actual answering the rate floor, a check rate answered
P = "1-11月"
row("市疾控中心、市卫生健康委、市教育局",
    "巩固免疫规划成果，以乡镇（街道）为单位适龄儿童免疫规划疫苗接种率保持在95%以上，入托入学儿童预防接种证查验率达到100%。",
    "1-11月，全市累计接种免疫规划疫苗68.4万剂次，以乡镇（街道）为单位适龄儿童免疫规划疫苗各苗次报告接种率均在96%以上；完成秋季入托入学儿童预防接种证查验8.62万人，查验率100%，对漏种儿童补种疫苗1.37万剂次。",
    targets=[M("95%", 95, "%", "适龄儿童免疫规划疫苗接种率", bound="min"),
             M("100%", 100, "%", "入托入学儿童预防接种证查验率")],
    actuals=[M("68.4万剂次", 68.4, "万剂次", "接种免疫规划疫苗", period=P),
             M("96%", 96, "%", "各苗次报告接种率(均在…以上)", period=P),
             M("8.62万人", 8.62, "万人", "预防接种证查验儿童", period=P),
             M("100%", 100, "%", "预防接种证查验率", period=P),
             M("1.37万剂次", 1.37, "万剂次", "补种疫苗", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="均在96%以上 gives a floor common to every vaccine: 96/95 = 1.0105 (the floor is the reported value). 100/100 = 1.0. Doses and children checked have no target.")

# 9 HPV: first-dose girls answered (全程 is a stricter, narrower count), a rate; 两剂次 is a specification
P = "截至11月底"
row("市卫生健康委、市教育局、市妇联、市疾控中心",
    "将适龄女生HPV疫苗接种纳入市级民生实事，全年为1.8万名适龄女生免费接种首剂HPV疫苗，首剂接种率达到90%以上。",
    "截至11月底，全市已为1.73万名适龄女生完成首剂HPV疫苗免费接种，首剂接种率92.1%，其中按两剂次程序完成全程接种1.06万人；剩余未接种学生中，因身体原因暂缓接种或家长明确拒绝接种的约980人，已逐一登记并开展宣传动员。",
    targets=[M("1.8万名", 1.8, "万名", "免费接种首剂HPV疫苗适龄女生"),
             M("90%", 90, "%", "首剂接种率", bound="min")],
    actuals=[M("1.73万名", 1.73, "万名", "完成首剂HPV疫苗接种适龄女生", period=P),
             M("92.1%", 92.1, "%", "首剂接种率", period=P),
             M("两剂次", 2, "剂次", "全程接种程序(specification)"),
             M("1.06万人", 1.06, "万人", "完成全程接种", period=P),
             M("980人", 980, "人", "暂缓或拒绝接种学生", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="1.73/1.8 = 0.9611; 92.1/90 = 1.0233 (the rate is against all eligible girls, so it exceeds 90% while the count is short of 1.8万). 全程 1.06万人 is a part of the first-dose girls, not the answer. 两剂次 is the schedule (specification).")

# 10 老年人健康管理 (full-width digits): a rate below floor and a forecast above it, check-ups answered, county parts
P = "截至１１月底"
row("市卫生健康委、各县（市、区）卫生健康局",
    "做实国家基本公共卫生服务项目，老年人健康管理率达到６５％以上，为老年人提供免费健康体检４５万人次。",
    "截至１１月底，全市为老年人提供免费健康体检４３．６万人次，老年人健康管理率６２．８％，较上年同期提高１．５个百分点，预计年底可达到６６％左右；其中石门县、临江县健康管理率分别为７１．２％、６８．４％，居全市前两位。",
    targets=[M("６５％", 65, "%", "老年人健康管理率", bound="min"),
             M("４５万人次", 45, "万人次", "为老年人提供免费健康体检")],
    actuals=[M("４３．６万人次", 43.6, "万人次", "为老年人提供免费健康体检", period=P),
             M("６２．８％", 62.8, "%", "老年人健康管理率", period=P),
             M("１．５个百分点", 1.5, "个百分点", "健康管理率较上年同期提高", kind="growth", period=P),
             M("６６％", 66, "%", "预计年底老年人健康管理率(forecast)", period="年底"),
             M("７１．２％", 71.2, "%", "石门县健康管理率", period=P),
             M("６８．４％", 68.4, "%", "临江县健康管理率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="Full-width digits. The realised rate answers, not the year-end forecast: 62.8/65 = 0.9662 (forecast 66% would be 1.0154). 43.6/45 = 0.9689. The county rates are parts. 前两位 is a rank (两 before 位 is not counted).")

# 11 慢病管理: two rates in a 分别 list, a rise with a shared 个百分点 unit (inferred on the first), a recommended demonstration zone (unpaired)
row("市卫生健康委、市疾控中心、市医保局",
    "加强慢性病综合防控，高血压患者基层规范管理服务率达到65%以上，糖尿病患者基层规范管理服务率达到63%以上，新增国家级慢性病综合防控示范区1个。",
    "全市在管高血压患者38.7万人、糖尿病患者12.4万人，基层规范管理服务率分别为68.3%、66.9%，较年初分别提高2.1个、1.7个百分点；凤岭区国家级慢性病综合防控示范区建设已通过省级复核，已推荐上报国家卫生健康委，待确认命名。",
    targets=[M("65%", 65, "%", "高血压患者基层规范管理服务率", bound="min"),
             M("63%", 63, "%", "糖尿病患者基层规范管理服务率", bound="min"),
             M("1个", 1, "个", "新增国家级慢性病综合防控示范区")],
    actuals=[M("38.7万人", 38.7, "万人", "在管高血压患者"),
             M("12.4万人", 12.4, "万人", "在管糖尿病患者"),
             M("68.3%", 68.3, "%", "高血压患者基层规范管理服务率"),
             M("66.9%", 66.9, "%", "糖尿病患者基层规范管理服务率"),
             M("2.1个", 2.1, "个百分点", "高血压规范管理率较年初提高", kind="growth", unit_inferred=True),
             M("1.7个百分点", 1.7, "个百分点", "糖尿病规范管理率较年初提高", kind="growth")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="分别 maps 68.3% to 高血压 (1.0508) and 66.9% to 糖尿病 (1.0619). '2.1个' shares 百分点 with the next value (unit inferred). 凤岭区 is only recommended to the commission (已推荐上报, 待确认命名): t3 unpaired (would-be 1.0; no number is written for it).")

# 12 癌症筛查: two 共…万人次 / …以上 targets each met by a sum of two listed parts; cases found without target
P = "1-11月"
row("市卫生健康委、市妇联、市疾控中心、市肿瘤医院",
    "实施癌症早诊早治，完成适龄妇女宫颈癌、乳腺癌免费筛查共8万人次，开展上消化道癌、结直肠癌机会性筛查2万人以上，早诊率达到55%。",
    "1-11月，全市完成适龄妇女宫颈癌筛查4.36万人次、乳腺癌筛查3.92万人次，检出宫颈癌及癌前病变126例、乳腺癌58例，均已转诊治疗；市肿瘤医院牵头在6个县（市）开展上消化道癌筛查1.24万人、结直肠癌筛查0.93万人，早诊率达到62%。",
    targets=[M("8万人次", 8, "万人次", "宫颈癌、乳腺癌免费筛查"),
             M("2万人", 2, "万人", "上消化道癌、结直肠癌机会性筛查", bound="min"),
             M("55%", 55, "%", "早诊率")],
    actuals=[M("4.36万人次", 4.36, "万人次", "宫颈癌筛查", period=P),
             M("3.92万人次", 3.92, "万人次", "乳腺癌筛查", period=P),
             M("126例", 126, "例", "检出宫颈癌及癌前病变", period=P),
             M("58例", 58, "例", "检出乳腺癌", period=P),
             M("6个", 6, "个", "开展筛查的县（市）(scope)"),
             M("1.24万人", 1.24, "万人", "上消化道癌筛查", period=P),
             M("0.93万人", 0.93, "万人", "结直肠癌筛查", period=P),
             M("62%", 62, "%", "早诊率", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a6", "a7"]), ("t3", ["a8"])],
    note="共8万人次 over two cancers: 4.36 + 3.92 = 8.28万人次 (combine sum, 1.035). 1.24 + 0.93 = 2.17万人 (combine sum, 1.085). 62/55 = 1.1273. Cases found and the counties have no target. “两癌” is not written here; 宫颈癌/乳腺癌 are names.")

# 13 心理健康 (Chinese numerals): stations built vs being fitted out, rooms answered, the hotline hours a duration (other), calls without target
row("市卫生健康委、市委政法委、市教育局、市民政局",
    "推进社会心理服务体系建设，新建基层心理健康服务站三十个，在中小学校建设心理辅导室二十所，开通24小时心理援助热线。",
    "全市已建成基层心理健康服务站二十六个，另有四个正在装修布置，预计十二月中旬投入使用；新建中小学校心理辅导室二十二所，配备专兼职心理教师四十五名；心理援助热线已于六月开通，实行二十四小时值守，累计接听来电三千二百余人次，市财政安排运行补助资金一百二十万元。",
    targets=[M("三十个", 30, "个", "新建基层心理健康服务站"),
             M("二十所", 20, "所", "建设中小学校心理辅导室")],
    other=[O("24小时", 24, "小时", "duration (service hours of the hotline)")],
    actuals=[M("二十六个", 26, "个", "建成基层心理健康服务站"),
             M("四个", 4, "个", "正在装修的服务站(in construction)"),
             M("二十二所", 22, "所", "新建中小学校心理辅导室"),
             M("四十五名", 45, "名", "配备专兼职心理教师"),
             M("二十四小时", 24, "小时", "热线值守时长(duration)"),
             M("三千二百余人次", 3200, "人次", "累计接听来电"),
             M("一百二十万元", 120, "万元", "运行补助资金")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals. 26/30 = 0.8667; the four being fitted out are not built (would-be sum 1.0). 22/20 = 1.1. The hotline is a target only in words (开通): 24小时 in the task is a duration, not a target. Teachers, calls and funds have no target. 十二月中旬, 六月 are dates.")

# 14 托位: this year's new places answer (stock beside), a 其中 普惠 part short, per-1000 answered, a forecast from institutions being registered
P = "今年以来"
row("市卫生健康委、市发展改革委、市住房城乡建设局、市妇联",
    "发展普惠托育服务，新增托位3000个，其中普惠性托位2000个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
    "今年以来新增托位3260个，其中普惠性托位1840个；全市累计提供托位2.14万个，每千人口拥有3岁以下婴幼儿托位数4.65个；另有12家托育机构正在办理备案，建成后可新增托位约900个。",
    targets=[M("3000个", 3000, "个", "新增托位"),
             M("2000个", 2000, "个", "新增普惠性托位"),
             M("4.5个", 4.5, "个", "每千人口托位数")],
    actuals=[M("3260个", 3260, "个", "新增托位", period=P),
             M("1840个", 1840, "个", "新增普惠性托位", period=P),
             M("2.14万个", 2.14, "万个", "累计提供托位(stock)"),
             M("4.65个", 4.65, "个", "每千人口托位数"),
             M("12家", 12, "家", "正在备案托育机构"),
             M("900个", 900, "个", "备案后可新增托位(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="3260/3000 = 1.0867; the part 1840/2000 = 0.92; the stock 2.14万个 does not answer 新增 (would-be 7.1333). 4.65/4.5 = 1.0333. The 900 places depend on institutions still being registered (forecast). 3岁以下 is part of the indicator name; 千人口 the basis.")

# 15 医保参保 (ordinary): a rate and a 其中 part answered; next year's contributions do not answer
P = "截至11月底"
row("市医保局、市税务局、市卫生健康委",
    "全市基本医疗保险参保率稳定在95%以上，城乡居民医保参保人数达到380万人。",
    "截至11月底，全市基本医疗保险参保人数442.6万人，参保率96.2%，其中职工医保参保68.3万人、城乡居民医保参保374.3万人；2026年度城乡居民医保集中征缴已于10月启动，已缴费312.5万人。",
    targets=[M("95%", 95, "%", "基本医疗保险参保率", bound="min"),
             M("380万人", 380, "万人", "城乡居民医保参保人数")],
    actuals=[M("442.6万人", 442.6, "万人", "基本医疗保险参保人数", period=P),
             M("96.2%", 96.2, "%", "基本医疗保险参保率", period=P),
             M("68.3万人", 68.3, "万人", "职工医保参保", period=P),
             M("374.3万人", 374.3, "万人", "城乡居民医保参保", period=P),
             M("312.5万人", 312.5, "万人", "2026年度城乡居民医保已缴费")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="96.2/95 = 1.0126. The 城乡居民 part 374.3/380 = 0.985 answers its own target (the total 442.6 is broader). 312.5万人 have paid for 2026, another year (would-be 0.8224).")

# 16 醫保基金 (traditional): a growth cap answered by the 同比 rise, months of payment answered, recovered funds short
P = "1-11月"
row("市醫保局、市財政局、市衛生健康委",
    "加強醫保基金預算管理，基本醫療保險基金支出增幅控制在8%以內，統籌基金累計結存可支付月數保持在6個月以上，追回違法違規使用醫保基金5000萬元。",
    "1-11月，全市基本醫療保險基金支出86.42億元，同比增長6.8%；統籌基金累計結存41.3億元，可支付月數6.3個月；開展打擊欺詐騙保專項整治，檢查定點醫藥機構1862家，追回醫保基金4316萬元，移送公安機關案件7件。",
    targets=[M("8%", 8, "%", "基本醫療保險基金支出增幅", kind="growth", bound="max"),
             M("6個月", 6, "個月", "統籌基金累計結存可支付月數", bound="min"),
             M("5000萬元", 5000, "萬元", "追回違法違規使用醫保基金")],
    actuals=[M("86.42億元", 86.42, "億元", "基本醫療保險基金支出", period=P),
             M("6.8%", 6.8, "%", "基金支出同比增長", kind="growth", period=P),
             M("41.3億元", 41.3, "億元", "統籌基金累計結存", period=P),
             M("6.3個月", 6.3, "個月", "可支付月數", period=P),
             M("1862家", 1862, "家", "檢查定點醫藥機構", period=P),
             M("4316萬元", 4316, "萬元", "追回醫保基金", period=P),
             M("7件", 7, "件", "移送公安機關案件", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. The growth cap is answered by the 同比 rise: 6.8/8 = 0.85, under the cap. 6.3/6 = 1.05. 4316/5000 = 0.8632. The spending level, the stock 41.3億元, checks and cases have no target.")

# 17 集采: the stated 合计 answers (parts not added), a savings target met by 药品 + 耗材 parts
row("市医保局、市卫生健康委、市市场监管局",
    "常态化落实药品和医用耗材集中带量采购，执行国家和省级集采药品品种达到700个以上，全年节约医保基金和患者费用2.5亿元。",
    "截至11月底，全市公立医疗机构累计执行国家组织集采药品435个、省级及省际联盟集采药品312个，合计747个，执行集采医用耗材28类；今年以来通过集采降价节约药品费用1.86亿元、耗材费用0.71亿元，按时回款率100%。",
    targets=[M("700个", 700, "个", "执行国家和省级集采药品品种", bound="min"),
             M("2.5亿元", 2.5, "亿元", "节约医保基金和患者费用")],
    actuals=[M("435个", 435, "个", "执行国家组织集采药品", period="截至11月底"),
             M("312个", 312, "个", "执行省级及省际联盟集采药品", period="截至11月底"),
             M("747个", 747, "个", "执行集采药品合计", period="截至11月底"),
             M("28类", 28, "类", "执行集采医用耗材", period="截至11月底"),
             M("1.86亿元", 1.86, "亿元", "节约药品费用", period="今年以来"),
             M("0.71亿元", 0.71, "亿元", "节约耗材费用", period="今年以来"),
             M("100%", 100, "%", "按时回款率", period="今年以来")],
    pairs=[("t1", ["a3"]), ("t2", ["a5", "a6"])],
    note="The progress states its own total: 747/700 = 1.0671 (435 + 312 are its parts and are not added again). Savings are given by kind only: 1.86 + 0.71 = 2.57亿元 (combine sum, 1.028). The 耗材 count and the payment rate have no target.")

# 18 医疗卫生投资: YTD amount, its growth, a completion share (not paired), funds met by two kinds, applied funds (candidate)
P = "1-11月"
row("市卫生健康委、市发展改革委、市财政局",
    "全年完成医疗卫生领域固定资产投资18亿元，同比增长12%以上，争取中央预算内投资和超长期特别国债资金3亿元。",
    "1-11月，全市医疗卫生领域完成固定资产投资16.24亿元，完成年度目标的90.2%，同比增长13.6%；争取中央预算内投资1.35亿元、超长期特别国债资金2.08亿元，另有3个项目、资金0.86亿元已申报2026年中央预算内投资计划。",
    targets=[M("18亿元", 18, "亿元", "医疗卫生领域固定资产投资"),
             M("12%", 12, "%", "医疗卫生领域固定资产投资增长", kind="growth", bound="min"),
             M("3亿元", 3, "亿元", "争取中央预算内投资和超长期特别国债资金")],
    actuals=[M("16.24亿元", 16.24, "亿元", "完成固定资产投资", period=P),
             M("90.2%", 90.2, "%", "完成年度目标的(比例)", period=P),
             M("13.6%", 13.6, "%", "固定资产投资同比增长", kind="growth", period=P),
             M("1.35亿元", 1.35, "亿元", "争取中央预算内投资", period=P),
             M("2.08亿元", 2.08, "亿元", "争取超长期特别国债资金", period=P),
             M("3个", 3, "个", "已申报项目(candidates)", period=P),
             M("0.86亿元", 0.86, "亿元", "已申报资金(candidate)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4", "a5"])],
    note="16.24/18 = 0.9022 (the stated 90.2% is a share and is not paired). 同比增长13.6% elides its subject (the investment): 13.6/12 = 1.1333. 1.35 + 2.08 = 3.43亿元 (combine sum, 1.1433); the 0.86亿元 only applied for 2026 does not count.")

# 19 项目建设: 开竣工 aggregate for 新开工 (unpaired), 竣工 answered, the scope and a 主体 share
row("市卫生健康委、市住房城乡建设局、各项目业主单位",
    "加快重点卫生健康项目建设，全年新开工项目8个，竣工项目6个，市公共卫生临床中心、市妇幼保健院迁建项目实现主体完工。",
    "全市23个重点卫生健康项目1-11月完成投资11.6亿元，今年开竣工项目累计13个，其中市传染病医院扩建、石门县中医院综合楼等5个项目已竣工并投入使用，市第二人民医院门急诊楼、凤岭区社区卫生服务中心等项目已进场施工；市公共卫生临床中心主体结构已封顶，市妇幼保健院迁建项目完成主体工程量的85%。",
    targets=[M("8个", 8, "个", "新开工项目"),
             M("6个", 6, "个", "竣工项目")],
    actuals=[M("23个", 23, "个", "重点卫生健康项目(scope)"),
             M("11.6亿元", 11.6, "亿元", "完成投资", period="1-11月"),
             M("13个", 13, "个", "今年开竣工项目", period="今年"),
             M("5个", 5, "个", "已竣工项目", period="今年"),
             M("85%", 85, "%", "妇幼保健院迁建主体工程量完成比例")],
    pairs=[("t2", ["a4"])],
    note="开竣工 13个 is a broader aggregate (started plus completed) and does not answer 新开工; the difference 13 - 5 = 8 is not stated (would-be 1.0), so t1 is unpaired. 竣工 5/6 = 0.8333. The two named 主体完工 projects have no number (one capped, one at 85%). 第二 is an ordinal.")

# 20 卫生人才 (Chinese numerals): recruits vs candidates under notice (nth inside 六十二名), a 其中 doctoral part, targeted graduates
P = "今年以来"
row("市卫生健康委、市委组织部（市委人才办）、市人力资源社会保障局",
    "实施卫生健康人才强基工程，引进高层次和急需紧缺卫生人才一百五十名，其中博士研究生二十名；为乡镇卫生院招聘定向医学生六十名。",
    "今年以来，通过“以才引才”、校园招聘等方式引进高层次和急需紧缺卫生人才一百三十六名，其中博士研究生十七名、硕士研究生八十三名；另有十二名已完成考察，正在公示；面向乡镇卫生院招聘定向医学生六十二名，已全部签订服务协议。",
    targets=[M("一百五十名", 150, "名", "引进高层次和急需紧缺卫生人才"),
             M("二十名", 20, "名", "引进博士研究生"),
             M("六十名", 60, "名", "招聘定向医学生")],
    actuals=[M("一百三十六名", 136, "名", "引进高层次和急需紧缺卫生人才", period=P),
             M("十七名", 17, "名", "引进博士研究生", period=P),
             M("八十三名", 83, "名", "引进硕士研究生", period=P),
             M("十二名", 12, "名", "正在公示人员(candidates)", nth=0, period=P),
             M("六十二名", 62, "名", "招聘定向医学生", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="Chinese numerals. 136/150 = 0.9067; the 12 under public notice are candidates (would-be sum 0.9867). Doctoral part 17/20 = 0.85 (masters have no target). 62/60 = 1.0333. '十二名' nth 1 lies inside '六十二名'.")

# 21 规培: two bases in a 分别 list summed (助理全科 is another programme), a pass rate, transfer training answered
row("市卫生健康委、市中心医院、市第一人民医院",
    "加强住院医师规范化培训基地建设，全年招收住院医师规范化培训学员260名，结业考核首次通过率达到90%以上，完成全科医生转岗培训80名。",
    "市中心医院、市第一人民医院两个国家级住院医师规范化培训基地今年分别招收学员148名、97名，另招收助理全科医生培训学员36名；2025届规培学员结业考核首次通过率93.4%，高于全省平均水平4.2个百分点；完成全科医生转岗培训82名。",
    targets=[M("260名", 260, "名", "招收住院医师规范化培训学员"),
             M("90%", 90, "%", "结业考核首次通过率", bound="min"),
             M("80名", 80, "名", "全科医生转岗培训")],
    actuals=[M("两个", 2, "个", "国家级住院医师规范化培训基地(scope)"),
             M("148名", 148, "名", "市中心医院招收规培学员", period="今年"),
             M("97名", 97, "名", "市第一人民医院招收规培学员", period="今年"),
             M("36名", 36, "名", "招收助理全科医生培训学员", period="今年"),
             M("93.4%", 93.4, "%", "结业考核首次通过率"),
             M("4.2个百分点", 4.2, "个百分点", "通过率高于全省平均水平(差值)"),
             M("82名", 82, "名", "完成全科医生转岗培训")],
    pairs=[("t1", ["a2", "a3"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="Only per-base counts: 148 + 97 = 245名 (combine sum, 0.9423). 助理全科医生培训 is a different programme, not 住院医师规培 (would-be sum with it 1.0808). 93.4/90 = 1.0378; 4.2个百分点 is a gap to the province, not a change over time. 82/80 = 1.025. 2025届 is a cohort label; 第一 an ordinal.")

# 22 健康村鎮 (traditional): nothing answers (provincial candidates only; 市級 is another level)
row("市愛衛辦、市衛生健康委、各縣（市、區）人民政府",
    "深入開展健康城市健康村鎮建設，創建省級健康鄉鎮8個、省級健康村40個，臨江縣創建國家衛生縣城。",
    "經各地申報、市級評估，已向省愛衛辦推薦省級健康鄉鎮9個、省級健康村46個，目前省級評審已結束，正在公示；臨江縣國家衛生縣城創建已通過國家暗訪評估，待全國愛衛辦命名；今年新命名市級健康村112個、市級健康單位86個。",
    targets=[M("8個", 8, "個", "創建省級健康鄉鎮"),
             M("40個", 40, "個", "創建省級健康村")],
    actuals=[M("9個", 9, "個", "推薦省級健康鄉鎮(candidates)"),
             M("46個", 46, "個", "推薦省級健康村(candidates)"),
             M("112個", 112, "個", "新命名市級健康村", period="今年"),
             M("86個", 86, "個", "新命名市級健康單位", period="今年")],
    note="Traditional characters. Nothing answers: the provincial towns and villages are recommended and under public notice (would-be 9/8 = 1.125 and 46/40 = 1.15); the 112 villages are named at city level, another level of recognition (would-be 2.8); 國家衛生縣城 has no number and awaits naming.")

# 23 病媒生物防制: campaigns short (the winter one is due in December), market renovation answered, grade labels without numbers
P = "今年以来"
row("市爱卫办、市疾控中心、市城市管理局、各区人民政府",
    "巩固国家卫生城市创建成果，城区鼠、蚊、蝇、蟑螂病媒生物密度控制水平达到国家C级以上标准，开展病媒生物防制集中统一行动4次，完成农贸市场“以克论净”深度保洁改造15个。",
    "今年以来，组织开展春季、夏季、秋季病媒生物防制集中统一行动3次，累计投放鼠药12.6吨，消杀面积860万平方米；10月市疾控中心监测显示，城区鼠、蚊、蝇、蟑螂密度均达到国家C级标准，其中蟑螂达到B级；完成农贸市场深度保洁改造17个，改造后市场卫生达标率100%。",
    targets=[M("4次", 4, "次", "病媒生物防制集中统一行动"),
             M("15个", 15, "个", "农贸市场深度保洁改造")],
    actuals=[M("3次", 3, "次", "病媒生物防制集中统一行动", period=P),
             M("12.6吨", 12.6, "吨", "投放鼠药", period=P),
             M("860万平方米", 860, "万平方米", "消杀面积", period=P),
             M("17个", 17, "个", "完成农贸市场深度保洁改造", period=P),
             M("100%", 100, "%", "改造后市场卫生达标率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="3/4 = 0.75 (spring, summer, autumn; the winter campaign is not yet held). 17/15 = 1.1333. The C级 density standard is a grade label reached in words (均达到国家C级标准): no number. 10月 is a date; “以克论净” a slogan.")

# 24 急救: stations this year vs stock, two time caps (one met, one exceeded), an answer rate with a threshold in both columns; 120 is a name
row("市卫生健康委、市急救中心、各县（市、区）人民政府",
    "完善院前医疗急救网络，新建急救站（点）10个，城市地区平均急救反应时间控制在12分钟以内，农村地区控制在25分钟以内，120急救电话10秒内接听率达到98%以上。",
    "今年新建急救站（点）9个，其中依托乡镇卫生院建设急救点6个，全市急救站（点）达到58个；1-11月，市120急救指挥调度中心受理呼救电话19.6万次，派车6.12万车次，城市地区平均急救反应时间11.4分钟，农村地区平均急救反应时间26.8分钟，10秒内接听率99.3%。",
    targets=[M("10个", 10, "个", "新建急救站（点）"),
             M("12分钟", 12, "分钟", "城市地区平均急救反应时间", bound="max"),
             M("25分钟", 25, "分钟", "农村地区平均急救反应时间", bound="max"),
             M("98%", 98, "%", "急救电话10秒内接听率", bound="min")],
    other=[O("10秒", 10, "秒", "class threshold (接听率 counts calls answered within 10秒)")],
    actuals=[M("9个", 9, "个", "新建急救站（点）", period="今年"),
             M("6个", 6, "个", "依托乡镇卫生院建设急救点", period="今年"),
             M("58个", 58, "个", "全市急救站（点）(stock)"),
             M("19.6万次", 19.6, "万次", "受理呼救电话", period="1-11月"),
             M("6.12万车次", 6.12, "万车次", "派车", period="1-11月"),
             M("11.4分钟", 11.4, "分钟", "城市地区平均急救反应时间", period="1-11月"),
             M("26.8分钟", 26.8, "分钟", "农村地区平均急救反应时间", period="1-11月"),
             M("10秒", 10, "秒", "接听时限(class threshold)"),
             M("99.3%", 99.3, "%", "10秒内接听率", period="1-11月")],
    pairs=[("t1", ["a1"]), ("t2", ["a6"]), ("t3", ["a7"]), ("t4", ["a9"])],
    note="9/10 = 0.9 (the stock 58个 does not answer). Time caps: city 11.4/12 = 0.95, under the cap; rural 26.8/25 = 1.072, above the cap, so not met. 99.3/98 = 1.0133. 120 is the hotline name; 10秒 a threshold.")

# 25 健康素养: an elapsed-period survey estimate answers, the smoking rate not yet measured (last year's value only)
row("市疾控中心、市卫生健康委、市委宣传部",
    "广泛开展健康知识普及，居民健康素养水平达到33%以上，成人吸烟率控制在22%以下。",
    "9月完成2025年度居民健康素养监测入户调查，共调查3840人，经初步统计，全市居民健康素养水平为34.26%，较上年提高2.18个百分点；成人烟草流行监测结果将于12月底形成，上年成人吸烟率为23.1%。",
    targets=[M("33%", 33, "%", "居民健康素养水平", bound="min"),
             M("22%", 22, "%", "成人吸烟率", bound="max")],
    actuals=[M("3840人", 3840, "人", "入户调查人数"),
             M("34.26%", 34.26, "%", "居民健康素养水平(初步统计)"),
             M("2.18个百分点", 2.18, "个百分点", "健康素养水平较上年提高", kind="growth"),
             M("23.1%", 23.1, "%", "上年成人吸烟率(baseline)")],
    pairs=[("t1", ["a2"])],
    note="The preliminary result of the completed 2025 survey answers: 34.26/33 = 1.0382. The smoking rate is not yet measured; 23.1% is last year's value (would-be 1.05, above the cap), so t2 is unpaired. 9月, 2025年度 and 12月底 are dates.")

# 26 传染病防控 (full-width digits, period with a dash): three rates answered; cases without target
P = "１—１１月"
row("市疾控中心、市卫生健康委、各级医疗机构",
    "加强重大传染病防控，法定传染病报告及时率达到１００％，肺结核患者成功治疗率达到９０％以上，艾滋病抗病毒治疗覆盖率达到９５％。",
    "１—１１月，全市网络直报法定传染病２．８６万例，报告及时率９９．９７％；登记肺结核患者１２４６例，成功治疗率９２．６％；现存活艾滋病感染者和病人中接受抗病毒治疗的比例为９６．３％，病毒抑制率９５．８％。",
    targets=[M("１００％", 100, "%", "法定传染病报告及时率"),
             M("９０％", 90, "%", "肺结核患者成功治疗率", bound="min"),
             M("９５％", 95, "%", "艾滋病抗病毒治疗覆盖率")],
    actuals=[M("２．８６万例", 2.86, "万例", "网络直报法定传染病", period=P),
             M("９９．９７％", 99.97, "%", "法定传染病报告及时率", period=P),
             M("１２４６例", 1246, "例", "登记肺结核患者", period=P),
             M("９２．６％", 92.6, "%", "肺结核患者成功治疗率", period=P),
             M("９６．３％", 96.3, "%", "接受抗病毒治疗的比例", period=P),
             M("９５．８％", 95.8, "%", "病毒抑制率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Full-width digits. 99.97/100 = 0.9997, just short of 100%. 92.6/90 = 1.0289. 接受抗病毒治疗的比例 paraphrases 抗病毒治疗覆盖率: 96.3/95 = 1.0137; the 病毒抑制率 95.8% is another measure (it would pair with 95% by value only).")

# 27 信息化 (ordinary): a filing rate and a mutual-recognition item count answered; scope and savings without target
row("市卫生健康委、市大数据局、市医保局",
    "推进全民健康信息平台建设，居民电子健康档案建档率达到90%，二级以上公立医院全部接入市级检查检验结果互认平台，互认项目达到200项。",
    "截至11月底，全市居民电子健康档案建档412.3万份，建档率91.2%；全市36家二级以上公立医院已全部接入市级检查检验结果互认平台，互认项目214项；今年以来累计互认检查检验结果86.5万项次，为患者节约费用4100余万元。",
    targets=[M("90%", 90, "%", "居民电子健康档案建档率"),
             M("200项", 200, "项", "检查检验结果互认项目")],
    actuals=[M("412.3万份", 412.3, "万份", "居民电子健康档案建档", period="截至11月底"),
             M("91.2%", 91.2, "%", "居民电子健康档案建档率", period="截至11月底"),
             M("36家", 36, "家", "二级以上公立医院(scope)", period="截至11月底"),
             M("214项", 214, "项", "互认项目", period="截至11月底"),
             M("86.5万项次", 86.5, "万项次", "累计互认检查检验结果", period="今年以来"),
             M("4100余万元", 4100, "万元", "为患者节约费用", period="今年以来")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="91.2/90 = 1.0133; 214/200 = 1.07. 全部接入 is a target in words, reported in words over 36 hospitals. 万项次 counts uses, not items. 二级 is a grade label.")

# 28 基本公卫经费: the restated 人均99元 standard does not answer, funds issued vs remaining forecast, an arrival rate
row("市卫生健康委、市财政局",
    "落实基本公共卫生服务经费保障，人均财政补助标准提高到99元，全年下达补助资金4.5亿元，资金到位率100%。",
    "按照人均99元标准，已下达中央、省、市、县四级基本公共卫生服务补助资金4.32亿元，其中中央资金2.86亿元；剩余市县配套资金0.23亿元将于12月下达到位；资金到位率94.9%。",
    targets=[M("99元", 99, "元", "基本公共卫生服务人均财政补助标准"),
             M("4.5亿元", 4.5, "亿元", "下达补助资金"),
             M("100%", 100, "%", "资金到位率")],
    actuals=[M("99元", 99, "元", "人均补助标准(restated basis)"),
             M("4.32亿元", 4.32, "亿元", "已下达补助资金"),
             M("2.86亿元", 2.86, "亿元", "中央资金"),
             M("0.23亿元", 0.23, "亿元", "将于12月下达的市县配套资金(forecast)"),
             M("94.9%", 94.9, "%", "资金到位率")],
    pairs=[("t2", ["a2"]), ("t3", ["a5"])],
    note="按照人均99元标准 restates the standard as the basis of the allocation; like a restated target it does not answer t1 (would-be 1.0). 4.32/4.5 = 0.96; the 0.23亿元 still to come in 12月 is a forecast (would-be sum 1.0111); 2.86 is a part. 94.9/100 = 0.949. 四级 is a level label.")

# 29 無償獻血 (traditional): three targets answered by the 1-11月 values; 同比 with elided subject; a forecast
P = "1-11月"
row("市衛生健康委、市中心血站、市紅十字會",
    "全年無償獻血人次達到4.2萬人次，採血量達到14噸，千人口獻血率達到9.5‰。",
    "1-11月，全市無償獻血3.96萬人次，同比增長5.3%，採血量13.42噸，千人口獻血率8.6‰；其中機採血小板4860治療量。預計全年獻血人次可達4.3萬人次。",
    targets=[M("4.2萬人次", 4.2, "萬人次", "無償獻血人次"),
             M("14噸", 14, "噸", "採血量"),
             M("9.5‰", 9.5, "‰", "千人口獻血率")],
    actuals=[M("3.96萬人次", 3.96, "萬人次", "無償獻血", period=P),
             M("5.3%", 5.3, "%", "獻血人次同比增長", kind="growth", period=P),
             M("13.42噸", 13.42, "噸", "採血量", period=P),
             M("8.6‰", 8.6, "‰", "千人口獻血率", period=P),
             M("4860治療量", 4860, "治療量", "機採血小板", period=P),
             M("4.3萬人次", 4.3, "萬人次", "預計全年獻血人次(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters. 3.96/4.2 = 0.9429 (the forecast 4.3萬人次 would be 1.0238). 13.42/14 = 0.9586. 8.6/9.5 = 0.9053. 同比增長5.3% elides its subject (獻血人次) and has no growth target. 千人口 is the basis of the rate.")

# 30 中医药 (Chinese numerals): halls and pavilions answered, trainees passed vs postponed, a fund in 万元
row("市卫生健康委（市中医药管理局）、市财政局、各县（市、区）人民政府",
    "推进中医药传承创新发展，建设基层中医馆二十个，建设村卫生室中医阁一百个，培养西学中骨干人才五十名，安排中医药发展专项资金三百万元。",
    "今年全市新建基层中医馆二十二个、村卫生室中医阁一百零六个，乡镇卫生院、社区卫生服务中心中医馆实现全覆盖；举办西医学习中医培训班两期，已有四十八名学员完成全部课程并通过结业考核，另有六名学员因工作原因申请延期结业；市财政已下达中医药发展专项资金二百八十五万元。",
    targets=[M("二十个", 20, "个", "建设基层中医馆"),
             M("一百个", 100, "个", "建设村卫生室中医阁"),
             M("五十名", 50, "名", "培养西学中骨干人才"),
             M("三百万元", 300, "万元", "中医药发展专项资金")],
    actuals=[M("二十二个", 22, "个", "新建基层中医馆", period="今年"),
             M("一百零六个", 106, "个", "新建村卫生室中医阁", period="今年"),
             M("两期", 2, "期", "西医学习中医培训班"),
             M("四十八名", 48, "名", "通过结业考核学员"),
             M("六名", 6, "名", "申请延期结业学员"),
             M("二百八十五万元", 285, "万元", "已下达中医药发展专项资金")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t4", ["a6"])],
    note="Chinese numerals. 22/20 = 1.1; 106/100 = 1.06. 培养 is complete on passing the final assessment: 48/50 = 0.96; the 6 postponed are not trained yet (would-be sum 1.08). 285/300 = 0.95. The two courses have no target.")

# 31 职业健康 (full-width digits): monitoring answered, a coverage rate, 健康企业 named (nth inside ３４８家) vs recommended
P = "截至１１月底"
row("市卫生健康委、市疾控中心、市职业病防治院、市应急管理局",
    "开展职业健康保护行动，完成重点行业企业职业病危害因素监测３２０家，重点人群职业健康检查覆盖率达到９０％以上，创建省级健康企业１０家。",
    "截至１１月底，完成职业病危害因素监测企业３４８家，检测岗位（点）６２１０个；完成职业健康检查１４．３万人次，重点人群职业健康检查覆盖率９３．５％；已向省卫生健康委推荐健康企业１２家，其中８家通过省级评估并获命名，其余正在复核。",
    targets=[M("３２０家", 320, "家", "重点行业企业职业病危害因素监测"),
             M("９０％", 90, "%", "重点人群职业健康检查覆盖率", bound="min"),
             M("１０家", 10, "家", "创建省级健康企业")],
    actuals=[M("３４８家", 348, "家", "完成职业病危害因素监测企业", period=P),
             M("６２１０个", 6210, "个", "检测岗位（点）", period=P),
             M("１４．３万人次", 14.3, "万人次", "完成职业健康检查", period=P),
             M("９３．５％", 93.5, "%", "重点人群职业健康检查覆盖率", period=P),
             M("１２家", 12, "家", "推荐省级健康企业(candidates)", period=P),
             M("８家", 8, "家", "获命名省级健康企业", nth=1, period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Full-width digits. 348/320 = 1.0875; 93.5/90 = 1.0389. Of the 12 recommended only the 8 named are created: 8/10 = 0.8 (the 12 would be 1.2). '８家' nth 0 lies inside '３４８家'.")

# 32 食品安全风险监测: samples answered (其中 parts not added), cases short, a 办结率 only in words
P = "1-11月"
row("市疾控中心、市卫生健康委、市市场监管局",
    "完成食品安全风险监测样品1800份，监测食源性疾病病例3500例，食品安全企业标准备案办结率达到100%。",
    "1-11月，全市完成食品化学污染物及有害因素、微生物及其致病因子监测样品1926份，其中化学污染物监测样品1082份、微生物监测样品844份，检出问题样品37份，均已通报相关部门处置；哨点医院报告食源性疾病病例3218例；受理食品安全企业标准备案46件，均在规定时限内办结。",
    targets=[M("1800份", 1800, "份", "食品安全风险监测样品"),
             M("3500例", 3500, "例", "监测食源性疾病病例"),
             M("100%", 100, "%", "食品安全企业标准备案办结率")],
    actuals=[M("1926份", 1926, "份", "完成监测样品", period=P),
             M("1082份", 1082, "份", "化学污染物监测样品", period=P),
             M("844份", 844, "份", "微生物监测样品", period=P),
             M("37份", 37, "份", "检出问题样品", period=P),
             M("3218例", 3218, "例", "报告食源性疾病病例", period=P),
             M("46件", 46, "件", "受理食品安全企业标准备案", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="1926/1800 = 1.07 (1082 + 844 are its parts). 3218/3500 = 0.9194. The 办结率 is reported only in words (均在规定时限内办结 of 46件): t3 unpaired (would-be 1.0).")

# 33 医养结合: recommended communities (unpaired), a share with numerator and denominator, new beds vs stock
row("市卫生健康委、市民政局、市老龄办",
    "推进医养结合发展，创建全国示范性老年友好型社区4个，二级以上综合医院设立老年医学科比例达到70%以上，新增医养结合机构床位500张。",
    "凤岭区滨江社区等4个社区已通过省级评估并推荐上报国家卫生健康委，待命名；全市二级以上综合医院28家，其中21家设立老年医学科，占比75%；今年新增医养结合机构3家、床位460张，全市医养结合机构床位达到6820张。",
    targets=[M("4个", 4, "个", "创建全国示范性老年友好型社区"),
             M("70%", 70, "%", "二级以上综合医院设立老年医学科比例", bound="min"),
             M("500张", 500, "张", "新增医养结合机构床位")],
    actuals=[M("4个", 4, "个", "推荐上报社区(candidates)"),
             M("28家", 28, "家", "二级以上综合医院(scope)"),
             M("21家", 21, "家", "设立老年医学科医院"),
             M("75%", 75, "%", "设立老年医学科比例"),
             M("3家", 3, "家", "新增医养结合机构", period="今年"),
             M("460张", 460, "张", "新增医养结合机构床位", period="今年"),
             M("6820张", 6820, "张", "医养结合机构床位(stock)")],
    pairs=[("t2", ["a4"]), ("t3", ["a6"])],
    note="The 4 communities are recommended and await naming: t1 unpaired (would-be 1.0). 75/70 = 1.0714 (21 of 28). New beds 460/500 = 0.92; the stock 6820张 does not answer.")

# 34 DIP付費 (traditional): three coverage rates answered; scope and amount without target
row("市醫保局、市衛生健康委",
    "深化醫保支付方式改革，DRG/DIP付費覆蓋符合條件的開展住院服務的醫療機構比例達到100%，病種覆蓋率達到90%以上，醫保基金覆蓋率達到80%以上。",
    "全市符合條件的162家開展住院服務的定點醫療機構已全部實行DIP付費，機構覆蓋率100%；納入DIP付費的病種分值目錄4863個，病種覆蓋率93.7%；1-11月，按DIP結算醫保基金42.6億元，佔住院醫保基金支出的84.2%。",
    targets=[M("100%", 100, "%", "DRG/DIP付費醫療機構覆蓋比例"),
             M("90%", 90, "%", "病種覆蓋率", bound="min"),
             M("80%", 80, "%", "醫保基金覆蓋率", bound="min")],
    actuals=[M("162家", 162, "家", "符合條件的定點醫療機構(scope)"),
             M("100%", 100, "%", "機構覆蓋率"),
             M("4863個", 4863, "個", "DIP病種分值目錄"),
             M("93.7%", 93.7, "%", "病種覆蓋率"),
             M("42.6億元", 42.6, "億元", "按DIP結算醫保基金", period="1-11月"),
             M("84.2%", 84.2, "%", "按DIP結算佔住院醫保基金支出比例", period="1-11月")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. 100/100 = 1.0; 93.7/90 = 1.0411; the share of fund spending settled by DIP is the 基金覆蓋率: 84.2/80 = 1.0525. The scope, the catalogue size and the amount have no target.")

# 35 卫生执法: a completion rate short with the remainder forecast, cases answered, two 100% targets (nth)
P = "截至11月底"
row("市卫生健康委、市卫生健康综合监督执法支队",
    "强化卫生健康综合监管，国家“双随机、一公开”监督抽检任务完成率达到100%，查处卫生健康违法案件300件以上，医疗机构依法执业自查覆盖率达到100%。",
    "截至11月底，完成国家“双随机、一公开”监督抽检任务1268户次，任务完成率96.8%，余下41户次将于12月中旬前完成；立案查处卫生健康违法案件326件，罚没款187.4万元；全市2136家医疗机构开展依法执业自查，覆盖率100%。",
    targets=[M("100%", 100, "%", "“双随机、一公开”监督抽检任务完成率", nth=0),
             M("300件", 300, "件", "查处卫生健康违法案件", bound="min"),
             M("100%", 100, "%", "医疗机构依法执业自查覆盖率", nth=1)],
    actuals=[M("1268户次", 1268, "户次", "完成监督抽检任务", period=P),
             M("96.8%", 96.8, "%", "任务完成率", period=P),
             M("41户次", 41, "户次", "余下抽检任务(forecast)", period=P),
             M("326件", 326, "件", "立案查处卫生健康违法案件", period=P),
             M("187.4万元", 187.4, "万元", "罚没款", period=P),
             M("2136家", 2136, "家", "开展自查医疗机构(scope)", period=P),
             M("100%", 100, "%", "依法执业自查覆盖率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="96.8/100 = 0.968; the 41户次 due by 12月中旬 are a forecast. 326/300 = 1.0867. 100/100 = 1.0. “双随机、一公开” is a slogan (一 is not a count).")

# 36 乡村医生: a share below target, 上半年 + 三季度 payments summed for the fund target
row("市卫生健康委、市人力资源社会保障局、各县（市、区）卫生健康局",
    "加强乡村医疗卫生队伍建设，乡村医生中具备执业（助理）医师资格的人员比例提高到45%，为乡村医生落实养老保障补助资金1200万元。",
    "全市在岗乡村医生4126人，其中具备执业（助理）医师资格1763人，占比42.7%，较上年末提高3.9个百分点；今年新招录乡村医生312名，均为大专以上学历；市县两级上半年拨付乡村医生养老保障补助资金580万元，三季度拨付400万元，剩余资金待年终考核后拨付。",
    targets=[M("45%", 45, "%", "乡村医生中具备执业（助理）医师资格的人员比例"),
             M("1200万元", 1200, "万元", "乡村医生养老保障补助资金")],
    actuals=[M("4126人", 4126, "人", "在岗乡村医生"),
             M("1763人", 1763, "人", "具备执业（助理）医师资格乡村医生"),
             M("42.7%", 42.7, "%", "具备执业（助理）医师资格占比"),
             M("3.9个百分点", 3.9, "个百分点", "占比较上年末提高", kind="growth"),
             M("312名", 312, "名", "新招录乡村医生", period="今年"),
             M("580万元", 580, "万元", "拨付养老保障补助资金", period="上半年"),
             M("400万元", 400, "万元", "拨付养老保障补助资金", period="三季度")],
    pairs=[("t1", ["a3"]), ("t2", ["a6", "a7"])],
    note="42.7/45 = 0.9489 (1763/4126). The fund is paid in two periods: 580 + 400 = 980万元 (combine sum, 0.8167); the rest awaits the year-end assessment. 两级 is a level label.")

# 37 出生缺陷防治 (ordinary): three rates answered, two of them in a 分别 list
P = "1-11月"
row("市卫生健康委、市妇幼保健院、市民政局",
    "落实出生缺陷三级预防措施，免费孕前优生健康检查目标人群覆盖率达到80%以上，新生儿遗传代谢性疾病筛查率达到98%以上，新生儿听力筛查率达到95%以上。",
    "1-11月，全市为2.48万对计划怀孕夫妇提供免费孕前优生健康检查，目标人群覆盖率86.2%；新生儿遗传代谢性疾病筛查率、听力筛查率分别为99.1%、97.6%，确诊先天性甲状腺功能减低症等患儿43例，均已纳入规范治疗。",
    targets=[M("80%", 80, "%", "免费孕前优生健康检查目标人群覆盖率", bound="min"),
             M("98%", 98, "%", "新生儿遗传代谢性疾病筛查率", bound="min"),
             M("95%", 95, "%", "新生儿听力筛查率", bound="min")],
    actuals=[M("2.48万对", 2.48, "万对", "免费孕前优生健康检查夫妇", period=P),
             M("86.2%", 86.2, "%", "目标人群覆盖率", period=P),
             M("99.1%", 99.1, "%", "新生儿遗传代谢性疾病筛查率", period=P),
             M("97.6%", 97.6, "%", "新生儿听力筛查率", period=P),
             M("43例", 43, "例", "确诊患儿", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="86.2/80 = 1.0775; 分别: 99.1/98 = 1.0112 and 97.6/95 = 1.0274. Couples and cases have no target. 三级预防 is a level label.")

# 38 基层能力: this year's new institutions answer (stock beside), 各2个 over two counties as two targets, one county half done
row("市卫生健康委、临江县人民政府、石门县人民政府",
    "提升基层医疗卫生机构服务能力，新增达到“优质服务基层行”推荐标准的乡镇卫生院和社区卫生服务中心25家，临江县、石门县建设县域医疗次中心各2个。",
    "今年新增达到“优质服务基层行”推荐标准的机构27家，全市累计达到136家，其中达到社区医院标准的18家；临江县2个县域医疗次中心已建成投入运行，石门县建成1个，另1个已完成主体工程，正在进行设备安装，预计明年3月投入使用。",
    targets=[M("25家", 25, "家", "新增达到“优质服务基层行”推荐标准的机构"),
             M("各2个", 2, "个", "临江县县域医疗次中心"),
             M("各2个", 2, "个", "石门县县域医疗次中心")],
    actuals=[M("27家", 27, "家", "新增达到推荐标准的机构", period="今年"),
             M("136家", 136, "家", "累计达到推荐标准的机构(stock)"),
             M("18家", 18, "家", "达到社区医院标准的机构"),
             M("2个", 2, "个", "临江县建成县域医疗次中心"),
             M("1个", 1, "个", "石门县建成县域医疗次中心", nth=0),
             M("1个", 1, "个", "石门县在建县域医疗次中心(in construction)", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="27/25 = 1.08; the stock 136家 does not answer. 各2个 gives each county its own target: 临江县 2/2 = 1.0; 石门县 1/2 = 0.5, the second still being fitted (would-be sum 1.0). 明年3月 is a date.")

# 39 医保公共服务: three targets answered in a different order from the task; 其中 pharmacies a part
row("市医保局、市卫生健康委、市政务服务中心",
    "提升医保公共服务水平，跨省异地就医住院费用直接结算率达到75%以上，新增门诊费用跨省直接结算定点医药机构300家，医保电子凭证激活率达到80%。",
    "截至11月底，全市医保电子凭证激活人数371.5万人、激活率83.9%；新增开通门诊费用跨省直接结算的定点医药机构326家，其中定点零售药店208家；1-11月，跨省异地就医住院费用直接结算4.62万人次，直接结算率78.4%，较上年同期提高6.3个百分点。",
    targets=[M("75%", 75, "%", "跨省异地就医住院费用直接结算率", bound="min"),
             M("300家", 300, "家", "新增门诊费用跨省直接结算定点医药机构"),
             M("80%", 80, "%", "医保电子凭证激活率")],
    actuals=[M("371.5万人", 371.5, "万人", "医保电子凭证激活人数", period="截至11月底"),
             M("83.9%", 83.9, "%", "医保电子凭证激活率", period="截至11月底"),
             M("326家", 326, "家", "新增门诊费用跨省直接结算定点医药机构", period="截至11月底"),
             M("208家", 208, "家", "其中定点零售药店", period="截至11月底"),
             M("4.62万人次", 4.62, "万人次", "跨省异地就医住院费用直接结算", period="1-11月"),
             M("78.4%", 78.4, "%", "住院费用直接结算率", period="1-11月"),
             M("6.3个百分点", 6.3, "个百分点", "直接结算率较上年同期提高", kind="growth", period="1-11月")],
    pairs=[("t1", ["a6"]), ("t2", ["a3"]), ("t3", ["a2"])],
    note="The progress reverses the task order: 78.4/75 = 1.0453; 326/300 = 1.0867 (208 pharmacies are a part); 83.9/80 = 1.0488. 万人次 and 万人 have no target.")

# 40 公立医院: a share answered (numerator and denominator beside), a length-of-stay cap met, one of two satisfaction rates
P = "前三季度"
row("市卫生健康委、市医保局、市财政局、市属各公立医院",
    "推动公立医院高质量发展，市属公立医院医疗服务收入占医疗收入比例达到35%以上，平均住院日缩短至8.5天以内，门诊患者满意度达到90%以上。",
    "前三季度，市属6家公立医院实现医疗收入48.6亿元，其中医疗服务收入17.2亿元，占比35.4%，较上年同期提高1.8个百分点；平均住院日8.3天，较上年同期缩短0.4天；第三方满意度调查显示，门诊患者满意度92.6%、住院患者满意度94.1%。",
    targets=[M("35%", 35, "%", "医疗服务收入占医疗收入比例", bound="min"),
             M("8.5天", 8.5, "天", "平均住院日", bound="max"),
             M("90%", 90, "%", "门诊患者满意度", bound="min")],
    actuals=[M("6家", 6, "家", "市属公立医院(scope)"),
             M("48.6亿元", 48.6, "亿元", "医疗收入", period=P),
             M("17.2亿元", 17.2, "亿元", "医疗服务收入", period=P),
             M("35.4%", 35.4, "%", "医疗服务收入占比", period=P),
             M("1.8个百分点", 1.8, "个百分点", "占比较上年同期提高", kind="growth", period=P),
             M("8.3天", 8.3, "天", "平均住院日", period=P),
             M("0.4天", 0.4, "天", "平均住院日较上年同期缩短", kind="reduction", period=P),
             M("92.6%", 92.6, "%", "门诊患者满意度"),
             M("94.1%", 94.1, "%", "住院患者满意度")],
    pairs=[("t1", ["a4"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="35.4/35 = 1.0114 (17.2/48.6). The length-of-stay cap: 8.3/8.5 = 0.9765, under the cap; the 0.4天 fall is a change. Outpatient satisfaction answers: 92.6/90 = 1.0289; the inpatient 94.1% is another measure.")


probe.write(Path(__file__).with_name("probe-health.gold.jsonl"))
