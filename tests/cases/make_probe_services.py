"""Writes probe-services.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's or county's
key-work progress table (重点工作推进情况表) for education, health, medical insurance, culture,
tourism and sports: the task is the bureau's annual target (新建改扩建学校 X所, 新增学位 X个 (小学/初中/
幼儿园), 普惠性幼儿园覆盖率 X%, 教师招聘 X名, 医共体 X个, 家庭医生签约率 X%, 每千人口床位 X张,
基层医疗机构标准化建设 X家, 疫苗接种 X万剂次, 医保参保率 X%, 门诊 X万人次, 图书馆/文化馆分馆 X个,
城市书房 X家, 送戏下乡 X场, 人均体育场地面积 X平方米, 全民健身赛事 X场次, 游客 X万人次 and 旅游收入
with growth rates, A级景区 X家), the progress is what the bureau reported (开工/竣工/投用 stages,
其中 parts, 分别, 累计 vs 今年, 同比 growth, 占比 and completion shares, 预计 forecasts, restated and
changed targets, 上年 baselines, per-capita rates, candidates 待验收/已推荐/已上报, rows where nothing
answers). The bureaus in charge are the row's owners. Five rows are in traditional characters;
some use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_services.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe22")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Education, health, medical insurance, culture, tourism and sports work of a city/county (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 新建改扩建学校: restated school count, 竣工投用 vs 主体完工, 其中 sub-targets, a completion share
P = "截至11月底"
row("区教育局、区住房城乡建设局",
    "新建改扩建中小学校12所,新增学位10800个,其中小学学位6300个、初中学位4500个。",
    "截至11月底,12所学校中已竣工投用9所,其余3所主体完工,预计明年春季学期投用;新增学位8100个,其中小学4950个、初中3150个,完成年度目标的75%。",
    targets=[M("12所", 12, "所", "新建改扩建中小学校"),
             M("10800个", 10800, "个", "新增学位"),
             M("6300个", 6300, "个", "新增小学学位"),
             M("4500个", 4500, "个", "新增初中学位")],
    actuals=[M("12所", 12, "所", "新建改扩建学校(scope, restated)", period=P),
             M("9所", 9, "所", "已竣工投用学校", period=P),
             M("3所", 3, "所", "主体完工学校", period=P),
             M("8100个", 8100, "个", "新增学位", period=P),
             M("4950个", 4950, "个", "新增小学学位", period=P),
             M("3150个", 3150, "个", "新增初中学位", period=P),
             M("75%", 75, "%", "完成年度目标的(比例)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="12所 in the progress restates the target scope. Schools completed and in use answer (9/12 = 0.75); the 3 with only the structure done are expected next spring (would-be sum 1.0). 8100/10800 = 0.75, the parts 4950/6300 = 0.7857 and 3150/4500 = 0.7. The 75% completion share is an actual but does not pair with the amount target.")

# 2 公办幼儿园: all 5 completed, 4 opened; 新增学位 from the opened ones; coverage rate with a 个百分点 rise
row("县教育局、县发展改革局",
    "新建公办幼儿园5所,新增普惠性学位2700个,普惠性幼儿园覆盖率达到90%以上。",
    "5所新建公办幼儿园已全部竣工,其中4所已于9月秋季开园,新增学位2160个;另有1所因配套道路未完工推迟至明年春季开园。全县普惠性幼儿园覆盖率达到91.6%,较上年提高2.3个百分点。",
    targets=[M("5所", 5, "所", "新建公办幼儿园"),
             M("2700个", 2700, "个", "新增普惠性学位"),
             M("90%", 90, "%", "普惠性幼儿园覆盖率", bound="min")],
    actuals=[M("5所", 5, "所", "新建公办幼儿园已竣工"),
             M("4所", 4, "所", "已开园幼儿园"),
             M("2160个", 2160, "个", "新增学位"),
             M("1所", 1, "所", "推迟开园幼儿园"),
             M("91.6%", 91.6, "%", "普惠性幼儿园覆盖率"),
             M("2.3个百分点", 2.3, "个百分点", "覆盖率较上年提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="The task is to build (新建) the kindergartens: all 5 are completed (1.0); opening is a later stage (4所). Places come from the opened ones: 2160/2700 = 0.8. Coverage 91.6/90 = 1.0178; the 2.3个百分点 rise has no growth target. 9月 is a date.")

# 3 教师招聘: restated plan, 拟录用 candidates vs 入职, 其中 shortage-subject teachers, training 人次
row("市教育局、市人力资源社会保障局、市委编办",
    "公开招聘中小学教师350名,其中紧缺学科教师不少于120名;组织教师全员培训8000人次。",
    "全年计划招聘教师350名,已完成笔试、面试、体检,拟录用338名,已办理入职312名,其中音体美等紧缺学科教师127名;完成教师全员培训8650人次,培训覆盖率100%。",
    targets=[M("350名", 350, "名", "公开招聘中小学教师"),
             M("120名", 120, "名", "招聘紧缺学科教师", bound="min"),
             M("8000人次", 8000, "人次", "教师全员培训")],
    actuals=[M("350名", 350, "名", "计划招聘教师(restated target)"),
             M("338名", 338, "名", "拟录用教师(candidates)"),
             M("312名", 312, "名", "已办理入职教师"),
             M("127名", 127, "名", "入职紧缺学科教师"),
             M("8650人次", 8650, "人次", "教师全员培训"),
             M("100%", 100, "%", "培训覆盖率")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="350名 in the progress restates the plan. 拟录用338名 are still candidates (would-be 0.9657); those who have taken up the post answer (312/350 = 0.8914). 127/120 = 1.0583 (part of the 312). 8650/8000 = 1.0813; the coverage 100% has no target.")

# 4 薄弱學校改造 (traditional): 完工 vs 在建, playgrounds 完工 vs surfacing, overfulfilled repair area, an investment with no target
P = "截至10月底"
row("縣教育局、縣財政局",
    "改造農村薄弱學校25所,新建學校運動場地12片,完成校舍維修改造面積4.8萬平方米。",
    "截至10月底,已完工農村薄弱學校改造項目19所,在建6所;新建運動場地完工10片,2片正在鋪設塑膠面層;完成校舍維修改造5.12萬平方米,超額完成年度任務,完成投資6850萬元。",
    targets=[M("25所", 25, "所", "改造農村薄弱學校"),
             M("12片", 12, "片", "新建學校運動場地"),
             M("4.8萬平方米", 4.8, "萬平方米", "校舍維修改造面積")],
    actuals=[M("19所", 19, "所", "已完工薄弱學校改造", period=P),
             M("6所", 6, "所", "在建薄弱學校改造", period=P),
             M("10片", 10, "片", "新建運動場地完工", period=P),
             M("2片", 2, "片", "正在鋪設面層的運動場地", period=P),
             M("5.12萬平方米", 5.12, "萬平方米", "完成校舍維修改造", period=P),
             M("6850萬元", 6850, "萬元", "完成投資", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. Only completed schools answer: 19/25 = 0.76; the 6 in construction do not (would-be sum 1.0). 10/12 = 0.8333; the 2 still being surfaced are not finished. 5.12/4.8 = 1.0667. The investment has no target.")

# 5 课后服务与集团化办学: coverage level, participation rate, groups formed vs awaiting approval
row("区教育局",
    "义务教育学校课后服务覆盖率保持100%,组建紧密型教育集团8个,覆盖中小学校40所。",
    "全区98所义务教育学校全部开展课后服务,覆盖率100%,学生参与率92.4%;已组建紧密型教育集团6个、成员校31所,另有2个集团完成方案论证,待区委教育工作领导小组审议。",
    targets=[M("100%", 100, "%", "课后服务覆盖率"),
             M("8个", 8, "个", "组建紧密型教育集团"),
             M("40所", 40, "所", "教育集团覆盖中小学校")],
    actuals=[M("98所", 98, "所", "义务教育学校(scope)"),
             M("100%", 100, "%", "课后服务覆盖率"),
             M("92.4%", 92.4, "%", "学生参与率"),
             M("6个", 6, "个", "已组建紧密型教育集团"),
             M("31所", 31, "所", "集团成员校"),
             M("2个", 2, "个", "待审议教育集团(candidates)")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Coverage 100/100 = 1.0; the participation rate 92.4% is another measure. 6/8 = 0.75; the 2 groups still awaiting approval are candidates (would-be sum 1.0). Member schools 31/40 = 0.775. 98所 is the scope.")

# 6 高中新校区: places in use vs forecast, students enrolled (another measure), a rate with a min bound
row("县教育局、县城投公司",
    "完成县第二高级中学新校区建设,新增高中学位3000个,高中阶段毛入学率稳定在95%以上。",
    "第二高级中学新校区教学楼、宿舍楼已竣工,9月已招收高一新生1200人,投用学位1800个,实训楼、体育馆预计明年6月完工,届时可新增学位1200个;高中阶段毛入学率96.3%。",
    targets=[M("3000个", 3000, "个", "新增高中学位"),
             M("95%", 95, "%", "高中阶段毛入学率", bound="min")],
    actuals=[M("1200人", 1200, "人", "招收高一新生"),
             M("1800个", 1800, "个", "投用学位"),
             M("1200个", 1200, "个", "预计明年新增学位(forecast)"),
             M("96.3%", 96.3, "%", "高中阶段毛入学率")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Places in use answer: 1800/3000 = 0.6; the 1200 expected in 明年6月 are a forecast (would-be sum 1.0); 1200人 are students, another measure. 96.3/95 = 1.0137. 第二 is an ordinal; 9月 a date.")

# 7 医共体: counts and full coverage answered in kind, a 1-10月 rate with a rise
P = "1-10月"
row("县卫生健康局、县医保局",
    "推进紧密型县域医共体建设,组建医共体3个,实现乡镇卫生院全覆盖(共18家),县域内就诊率达到90%。",
    "已组建县人民医院、县中医院、县妇幼保健院牵头的医共体3个,纳入乡镇卫生院18家、村卫生室226个,实现全覆盖;1-10月县域内就诊率88.7%,同比提高1.9个百分点。",
    targets=[M("3个", 3, "个", "组建医共体"),
             M("18家", 18, "家", "医共体覆盖乡镇卫生院"),
             M("90%", 90, "%", "县域内就诊率")],
    actuals=[M("3个", 3, "个", "已组建医共体"),
             M("18家", 18, "家", "纳入医共体乡镇卫生院"),
             M("226个", 226, "个", "纳入医共体村卫生室"),
             M("88.7%", 88.7, "%", "县域内就诊率", period=P),
             M("1.9个百分点", 1.9, "个百分点", "县域内就诊率同比提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="3/3 = 1.0; the full coverage of 18 township hospitals is met (1.0); village clinics have no target. 88.7/90 = 0.9856 for 1-10月; the rise of 1.9个百分点 has no growth target.")

# 8 家庭医生: coverage and key-group rates answer, counts of people are other measures, an age threshold, renewal not reported
P = "截至9月底"
row("市卫生健康委",
    "常住人口家庭医生签约服务覆盖率达到40%以上,重点人群签约率达到75%以上,签约居民续约率不低于85%。",
    "截至9月底,累计签约居民28.6万人,常住人口签约覆盖率41.2%;其中65岁以上老年人、高血压、糖尿病等重点人群签约13.4万人,签约率76.8%;续约工作将于11月启动,目前尚未统计。",
    targets=[M("40%", 40, "%", "常住人口家庭医生签约服务覆盖率", bound="min"),
             M("75%", 75, "%", "重点人群签约率", bound="min"),
             M("85%", 85, "%", "签约居民续约率", bound="min")],
    actuals=[M("28.6万人", 28.6, "万人", "累计签约居民", period=P),
             M("41.2%", 41.2, "%", "常住人口签约覆盖率", period=P),
             M("65岁", 65, "岁", "重点人群年龄门槛(class threshold)"),
             M("13.4万人", 13.4, "万人", "重点人群签约", period=P),
             M("76.8%", 76.8, "%", "重点人群签约率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="41.2/40 = 1.03; 76.8/75 = 1.024. The counts of people have no target; 65岁以上 is a class threshold. Renewal only starts in 11月: the 续约率 target is unpaired.")

# 9 床位与医师: per-thousand rates, new beds vs total stock, an absolute rise
row("县卫生健康局",
    "每千常住人口医疗卫生机构床位数达到6.5张,每千人口执业(助理)医师达到3.2人,新增床位400张。",
    "县中医院新住院综合楼投用,新增床位350张,全县医疗卫生机构床位总数达到4680张,每千常住人口床位6.31张;每千人口执业(助理)医师3.05人,较上年增加0.18人。",
    targets=[M("6.5张", 6.5, "张", "每千常住人口医疗卫生机构床位数"),
             M("3.2人", 3.2, "人", "每千人口执业(助理)医师"),
             M("400张", 400, "张", "新增床位")],
    actuals=[M("350张", 350, "张", "新增床位"),
             M("4680张", 4680, "张", "医疗卫生机构床位总数(stock)"),
             M("6.31张", 6.31, "张", "每千常住人口床位"),
             M("3.05人", 3.05, "人", "每千人口执业(助理)医师"),
             M("0.18人", 0.18, "人", "每千人口医师较上年增加")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a1"])],
    note="Per-capita rates answer per-capita targets: 6.31/6.5 = 0.9708, 3.05/3.2 = 0.9531. New beds 350/400 = 0.875; the stock 4680张 does not answer. 每千 is the rate's base, not a quantity.")

# 10 基層醫療機構標準化 (traditional): restated scope, accepted vs awaiting acceptance, a share with 1-11月 visits
P = "1-11月"
row("縣衛生健康局、各鄉鎮人民政府",
    "完成鄉鎮衛生院標準化建設6家、村衛生室標準化建設80個,基層醫療衛生機構診療量佔比達到65%。",
    "6家鄉鎮衛生院已完成改造並通過市級驗收5家,1家等待驗收;村衛生室標準化建設完工84個;1-11月基層診療量312.6萬人次,佔總診療量的63.4%。",
    targets=[M("6家", 6, "家", "鄉鎮衛生院標準化建設"),
             M("80個", 80, "個", "村衛生室標準化建設"),
             M("65%", 65, "%", "基層醫療衛生機構診療量佔比")],
    actuals=[M("6家", 6, "家", "已完成改造鄉鎮衛生院"),
             M("5家", 5, "家", "通過市級驗收鄉鎮衛生院"),
             M("1家", 1, "家", "等待驗收鄉鎮衛生院"),
             M("84個", 84, "個", "村衛生室標準化建設完工"),
             M("312.6萬人次", 312.6, "萬人次", "基層診療量", period=P),
             M("63.4%", 63.4, "%", "基層診療量佔總診療量", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. 標準化建設 is recognised on acceptance: 5/6 = 0.8333 (the 1 awaiting acceptance does not count; would-be 1.0 with the 6 renovated). 84/80 = 1.05. The share 63.4/65 = 0.9754; the visit count has no target.")

# 11 疫苗接种: 万剂次 answered for 1-11月, a rate with 均在…以上, an age threshold (other), a started campaign with a completion share
P = "1-11月"
row("市疾病预防控制中心、市卫生健康委",
    "完成适龄儿童免疫规划疫苗接种18万剂次,接种率保持在95%以上;为60岁以上老年人接种流感疫苗2万人。",
    "1-11月累计接种免疫规划疫苗16.42万剂次,以乡镇为单位适龄儿童免疫规划疫苗接种率均在97%以上;老年人流感疫苗接种工作10月启动,已接种1.36万人,完成任务的68%。",
    targets=[M("18万剂次", 18, "万剂次", "免疫规划疫苗接种"),
             M("95%", 95, "%", "免疫规划疫苗接种率", bound="min"),
             M("2万人", 2, "万人", "老年人接种流感疫苗")],
    other=[O("60岁", 60, "岁", "class threshold (60岁以上老年人)")],
    actuals=[M("16.42万剂次", 16.42, "万剂次", "累计接种免疫规划疫苗", period=P),
             M("97%", 97, "%", "适龄儿童免疫规划疫苗接种率"),
             M("1.36万人", 1.36, "万人", "老年人接种流感疫苗"),
             M("68%", 68, "%", "完成任务的(比例)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="16.42/18 = 0.9122 (1-11月累计 is year to date). The rate floor 97% (均在…以上, the lowest township) answers 95% (1.0211). 1.36/2 = 0.68; the share 68% is an actual but does not pair with the amount target. 10月 is a date.")

# 12 医保参保: rate, resident enrolment vs last year's baseline, employee enrolment growth
row("市医疗保障局、市税务局",
    "基本医疗保险参保率稳定在95%以上,城乡居民医保参保人数达到62万人,职工医保参保人数增长3%。",
    "全市基本医疗保险参保人数累计73.8万人,参保率96.1%;其中城乡居民医保参保60.7万人、职工医保13.1万人,职工医保参保人数同比增长4.2%;上年城乡居民医保参保61.9万人。",
    targets=[M("95%", 95, "%", "基本医疗保险参保率", bound="min"),
             M("62万人", 62, "万人", "城乡居民医保参保人数"),
             M("3%", 3, "%", "职工医保参保人数增长", kind="growth")],
    actuals=[M("73.8万人", 73.8, "万人", "基本医疗保险参保人数"),
             M("96.1%", 96.1, "%", "基本医疗保险参保率"),
             M("60.7万人", 60.7, "万人", "城乡居民医保参保"),
             M("13.1万人", 13.1, "万人", "职工医保参保"),
             M("4.2%", 4.2, "%", "职工医保参保人数同比增长", kind="growth"),
             M("61.9万人", 61.9, "万人", "上年城乡居民医保参保(baseline)")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="96.1/95 = 1.0116. Resident enrolment this year 60.7/62 = 0.979; last year's 61.9万人 is a baseline (would-be 0.9984). The growth target is answered by the growth actual: 4.2/3 = 1.4. The total 73.8万人 has no target.")

# 13 集采与基金监管 (full-width digits): varieties answered, consumable classes and savings without target, recovered funds with a 其中 part
row("市医疗保障局、市卫生健康委",
    "落实国家组织药品集中带量采购,执行集采药品品种达到４５０个,追回违规使用医保基金不少于８００万元。",
    "执行国家和省级集采药品累计４６８个品种、医用耗材２７类,节约医保资金约１．２亿元;完成定点医药机构现场检查１１３６家,覆盖率１００%;追回违规使用医保基金９１６．５万元,其中行政处罚罚款１２６万元。",
    targets=[M("４５０个", 450, "个", "执行集采药品品种"),
             M("８００万元", 800, "万元", "追回违规使用医保基金", bound="min")],
    actuals=[M("４６８个", 468, "个", "执行集采药品品种"),
             M("２７类", 27, "类", "执行集采医用耗材"),
             M("１．２亿元", 1.2, "亿元", "节约医保资金"),
             M("１１３６家", 1136, "家", "现场检查定点医药机构"),
             M("１００%", 100, "%", "现场检查覆盖率"),
             M("９１６．５万元", 916.5, "万元", "追回违规使用医保基金"),
             M("１２６万元", 126, "万元", "行政处罚罚款")],
    pairs=[("t1", ["a1"]), ("t2", ["a6"])],
    note="Full-width digits. 468/450 = 1.04. 916.5/800 = 1.1456; the fines 126万元 are part of it. Consumables, savings and inspections have no target.")

# 14 门诊量: 1-11月 visits, growth with no growth target, a max target answered above the cap, a forecast
P = "1-11月"
row("县人民医院、县卫生健康局",
    "县人民医院全年门(急)诊量达到65万人次,出院患者3.2万人次,平均住院日控制在7.5天以内。",
    "1-11月完成门(急)诊58.3万人次,同比增长6.4%;出院患者2.96万人次;平均住院日7.8天,较上年缩短0.4天;预计全年门(急)诊量可达63.5万人次。",
    targets=[M("65万人次", 65, "万人次", "门(急)诊量"),
             M("3.2万人次", 3.2, "万人次", "出院患者"),
             M("7.5天", 7.5, "天", "平均住院日", bound="max")],
    actuals=[M("58.3万人次", 58.3, "万人次", "门(急)诊量", period=P),
             M("6.4%", 6.4, "%", "门(急)诊量同比增长", kind="growth", period=P),
             M("2.96万人次", 2.96, "万人次", "出院患者", period=P),
             M("7.8天", 7.8, "天", "平均住院日", period=P),
             M("0.4天", 0.4, "天", "平均住院日较上年缩短", period=P),
             M("63.5万人次", 63.5, "万人次", "预计全年门(急)诊量(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="58.3/65 = 0.8969; the full-year 63.5万人次 is a forecast (would-be 0.9769). 2.96/3.2 = 0.925. The stay 7.8天 answers the cap (1.04, above the 7.5天 cap, so not met); 缩短0.4天 is a change. The growth has no growth target.")

# 15 总分馆与城市书房: 分别 over two branch kinds, branches awaiting acceptance, 今年 vs 累计 reading rooms
row("市文化广电旅游局、市图书馆、市文化馆",
    "建成县级图书馆分馆12个、文化馆分馆12个,新建城市书房5家。",
    "图书馆分馆、文化馆分馆分别建成12个、10个,另有2个文化馆分馆完成装修待验收;今年新建城市书房已开放4家,全市累计建成城市书房11家,全年接待读者23.6万人次。",
    targets=[M("12个", 12, "个", "建成县级图书馆分馆", nth=0),
             M("12个", 12, "个", "建成文化馆分馆", nth=1),
             M("5家", 5, "家", "新建城市书房")],
    actuals=[M("12个", 12, "个", "建成图书馆分馆"),
             M("10个", 10, "个", "建成文化馆分馆"),
             M("2个", 2, "个", "待验收文化馆分馆", nth=1),
             M("4家", 4, "家", "今年新建已开放城市书房", period="今年"),
             M("11家", 11, "家", "累计建成城市书房"),
             M("23.6万人次", 23.6, "万人次", "城市书房接待读者", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="分别 maps 12个 to the library branches (1.0) and 10个 to the cultural-centre branches (0.8333); the 2 awaiting acceptance do not count (would-be sum 1.0). This year's 4 reading rooms answer (0.8); the cumulative 11家 does not (would-be 2.2). Readers have no target.")

# 16 送戲下鄉 (traditional): 場 and 場次 counts for 1-10月, audience without target, a change on last year
P = "1-10月"
row("縣文化廣電旅遊局、縣文化館",
    "開展送戲下鄉演出200場,送電影下鄉放映3600場,舉辦群眾文化活動不少於500場次。",
    "1-10月完成送戲下鄉162場,觀眾約8.5萬人次;農村公益電影放映3128場;舉辦廣場舞大賽、村晚等群眾文化活動534場次,同比增加86場次。",
    targets=[M("200場", 200, "場", "送戲下鄉演出"),
             M("3600場", 3600, "場", "送電影下鄉放映"),
             M("500場次", 500, "場次", "群眾文化活動", bound="min")],
    actuals=[M("162場", 162, "場", "送戲下鄉", period=P),
             M("8.5萬人次", 8.5, "萬人次", "送戲下鄉觀眾", period=P),
             M("3128場", 3128, "場", "農村公益電影放映", period=P),
             M("534場次", 534, "場次", "群眾文化活動", period=P),
             M("86場次", 86, "場次", "群眾文化活動同比增加", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters. 162/200 = 0.81; 3128/3600 = 0.8689; 534/500 = 1.068. The audience has no target; 同比增加86場次 is a change. 約 on an actual is not a bound.")

# 17 体育场地: per-capita area with a rise, 新建 + 改造 trails summed, pitches with size specifications
row("市体育局、市自然资源和规划局",
    "人均体育场地面积达到2.8平方米,新建改造健身步道30公里,新建社会足球场8块。",
    "经体育场地统计调查,全市人均体育场地面积2.71平方米,较上年增加0.16平方米;新建健身步道26.4公里、改造提升健身步道5.2公里;新建社会足球场6块,其中11人制2块、7人制4块。",
    targets=[M("2.8平方米", 2.8, "平方米", "人均体育场地面积"),
             M("30公里", 30, "公里", "新建改造健身步道"),
             M("8块", 8, "块", "新建社会足球场")],
    actuals=[M("2.71平方米", 2.71, "平方米", "人均体育场地面积"),
             M("0.16平方米", 0.16, "平方米", "人均体育场地面积较上年增加"),
             M("26.4公里", 26.4, "公里", "新建健身步道"),
             M("5.2公里", 5.2, "公里", "改造提升健身步道"),
             M("6块", 6, "块", "新建社会足球场"),
             M("11人制", 11, "人制", "足球场规格(specification)"),
             M("2块", 2, "块", "11人制足球场"),
             M("7人制", 7, "人制", "足球场规格(specification)"),
             M("4块", 4, "块", "7人制足球场")],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4"]), ("t3", ["a5"])],
    note="Per-capita 2.71/2.8 = 0.9679; the rise 0.16平方米 is a change. The target covers 新建 and 改造: 26.4 + 5.2 = 31.6公里 (combine sum, 1.0533). Pitches 6/8 = 0.75; 11人制/7人制 are specifications and their counts are parts of the 6.")

# 18 全民健身赛事: 场次 and 万人次 answered, provincial events held vs one only recommended
P = "截至11月底"
row("县体育局、县总工会",
    "举办全民健身赛事活动120场次以上,参与群众超过15万人次,承办省级以上体育赛事5项。",
    "截至11月底,举办县级以上全民健身赛事活动131场次,参与群众16.8万人次;承办省级以上赛事3项,另有全国青少年攀岩锦标赛(分站赛)已获推荐,待国家体育总局确认。",
    targets=[M("120场次", 120, "场次", "全民健身赛事活动", bound="min"),
             M("15万人次", 15, "万人次", "参与群众", bound="min"),
             M("5项", 5, "项", "承办省级以上体育赛事")],
    actuals=[M("131场次", 131, "场次", "全民健身赛事活动", period=P),
             M("16.8万人次", 16.8, "万人次", "参与群众", period=P),
             M("3项", 3, "项", "承办省级以上赛事", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="131/120 = 1.0917; 16.8/15 = 1.12; 3/5 = 0.6. The climbing event is only recommended, a candidate, and is not counted (no number).")

# 19 游客与旅游收入: level and growth targets each answered in kind, overnight visitors as a part with a share
P = "1-11月"
row("市文化广电旅游局、市统计局",
    "全年接待游客1200万人次,增长15%;实现旅游总收入110亿元,增长18%。",
    "1-11月,全县接待游客1086.4万人次,同比增长16.2%;实现旅游总收入97.3亿元,同比增长14.7%;其中过夜游客312万人次,占比28.7%。",
    targets=[M("1200万人次", 1200, "万人次", "接待游客"),
             M("15%", 15, "%", "接待游客增长", kind="growth"),
             M("110亿元", 110, "亿元", "旅游总收入"),
             M("18%", 18, "%", "旅游总收入增长", kind="growth")],
    actuals=[M("1086.4万人次", 1086.4, "万人次", "接待游客", period=P),
             M("16.2%", 16.2, "%", "接待游客同比增长", kind="growth", period=P),
             M("97.3亿元", 97.3, "亿元", "旅游总收入", period=P),
             M("14.7%", 14.7, "%", "旅游总收入同比增长", kind="growth", period=P),
             M("312万人次", 312, "万人次", "过夜游客", period=P),
             M("28.7%", 28.7, "%", "过夜游客占比", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4"])],
    note="Levels pair with levels (1086.4/1200 = 0.9053, 97.3/110 = 0.8845) and growth with growth (16.2/15 = 1.08, 14.7/18 = 0.8167). Overnight visitors and their share have no target.")

# 20 A级景区 (full-width digits): a AAAA candidate awaiting final approval, AAA answered, a resort only submitted
row("县文化广电旅游局",
    "新创建国家AAAA级旅游景区１家、AAA级旅游景区３家,创建省级旅游度假区１个。",
    "青峰山景区已通过国家AAAA级旅游景区景观质量评审,正在等待终审公示;新评定AAA级旅游景区４家;省级旅游度假区创建申报材料已上报省文旅厅。",
    targets=[M("１家", 1, "家", "新创建国家AAAA级旅游景区"),
             M("３家", 3, "家", "新创建AAA级旅游景区"),
             M("１个", 1, "个", "创建省级旅游度假区")],
    actuals=[M("４家", 4, "家", "新评定AAA级旅游景区")],
    pairs=[("t2", ["a1"])],
    note="Full-width digits. AAAA/AAA are grade labels. 4/3 = 1.3333. The AAAA scenic area is still awaiting final approval and the resort has only been submitted (已上报): both unpaired (would-be 1.0 each), and neither has a number in the progress.")

# 21 婦幼 (traditional): screening count, management rate, a named screening rate answered, hearing screening another measure
row("市衛生健康委、市婦幼保健院",
    "完成適齡婦女兩癌篩查3.5萬人,孕產婦系統管理率保持在90%以上,新生兒遺傳代謝病篩查率達到98%。",
    "完成兩癌篩查3.71萬人,檢出可疑病例126例;孕產婦系統管理率93.6%;新生兒遺傳代謝病篩查率99.2%,聽力篩查率98.7%。",
    targets=[M("3.5萬人", 3.5, "萬人", "適齡婦女兩癌篩查"),
             M("90%", 90, "%", "孕產婦系統管理率", bound="min"),
             M("98%", 98, "%", "新生兒遺傳代謝病篩查率")],
    actuals=[M("3.71萬人", 3.71, "萬人", "兩癌篩查"),
             M("126例", 126, "例", "檢出可疑病例"),
             M("93.6%", 93.6, "%", "孕產婦系統管理率"),
             M("99.2%", 99.2, "%", "新生兒遺傳代謝病篩查率"),
             M("98.7%", 98.7, "%", "新生兒聽力篩查率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters. 3.71/3.5 = 1.06; 93.6/90 = 1.04; 99.2/98 = 1.0122. The hearing screening rate 98.7% is another measure; cases found have no target. 兩癌 is a name.")

# 22 健康城市: a rate with a rise, named villages answered, schools only recommended
row("市爱国卫生运动委员会办公室、市卫生健康委",
    "居民健康素养水平达到30%,创建健康村镇15个、健康学校20所。",
    "今年健康素养监测显示,全市居民健康素养水平为29.4%,较上年提高2.1个百分点;已命名市级健康村镇17个;健康学校创建已推荐22所,待省爱卫办评估命名。",
    targets=[M("30%", 30, "%", "居民健康素养水平"),
             M("15个", 15, "个", "创建健康村镇"),
             M("20所", 20, "所", "创建健康学校")],
    actuals=[M("29.4%", 29.4, "%", "居民健康素养水平", period="今年"),
             M("2.1个百分点", 2.1, "个百分点", "健康素养水平较上年提高", kind="growth"),
             M("17个", 17, "个", "已命名市级健康村镇"),
             M("22所", 22, "所", "已推荐健康学校(candidates)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="29.4/30 = 0.98; the rise has no growth target. 17/15 = 1.1333. The 22 schools are only recommended, awaiting naming: unpaired (would-be 1.1).")

# 23 医保服务: a reimbursement rate, clinics designated vs applications under review, activation rate vs users
row("市医疗保障局",
    "城乡居民医保门诊统筹政策范围内报销比例达到50%,新增医保定点村卫生室60家,医保电子凭证激活率达到80%。",
    "城乡居民门诊统筹政策范围内报销比例51.3%;新纳入医保定点管理的村卫生室58家,另有9家已提交申请正在评估;全市医保电子凭证激活用户52.6万人,激活率78.9%,较年初提高6.5个百分点。",
    targets=[M("50%", 50, "%", "门诊统筹政策范围内报销比例"),
             M("60家", 60, "家", "新增医保定点村卫生室"),
             M("80%", 80, "%", "医保电子凭证激活率")],
    actuals=[M("51.3%", 51.3, "%", "门诊统筹政策范围内报销比例"),
             M("58家", 58, "家", "新纳入医保定点村卫生室"),
             M("9家", 9, "家", "已提交申请村卫生室(candidates)"),
             M("52.6万人", 52.6, "万人", "医保电子凭证激活用户"),
             M("78.9%", 78.9, "%", "医保电子凭证激活率"),
             M("6.5个百分点", 6.5, "个百分点", "激活率较年初提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="51.3/50 = 1.026. 58/60 = 0.9667; the 9 applications under review are candidates (would-be sum 1.1167). 78.9/80 = 0.9862; users and the rise have no target.")

# 24 寄宿制学校 (Chinese numerals): restated scope, 竣工投用 vs 主体结构, canteens, buses bought vs being procured
row("县教育局、县交通运输局",
    "新建农村寄宿制学校三所,改造学生食堂十二个,配备校车二十辆。",
    "三所寄宿制学校中,两所已竣工并于秋季学期投用,一所完成主体结构;改造学生食堂十二个全部完工;新购置校车十六辆已投入运营,剩余四辆正在履行采购程序。",
    targets=[M("三所", 3, "所", "新建农村寄宿制学校"),
             M("十二个", 12, "个", "改造学生食堂"),
             M("二十辆", 20, "辆", "配备校车")],
    actuals=[M("三所", 3, "所", "寄宿制学校(scope, restated)"),
             M("两所", 2, "所", "已竣工投用寄宿制学校"),
             M("一所", 1, "所", "完成主体结构寄宿制学校"),
             M("十二个", 12, "个", "改造学生食堂完工"),
             M("十六辆", 16, "辆", "新购置校车投入运营"),
             M("四辆", 4, "辆", "正在采购校车")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Chinese numerals. 三所 in the progress restates the scope. 两所 completed and in use answer (0.6667); 一所 has only its structure. Canteens 12/12 = 1.0. Buses in service 16/20 = 0.8; the 4 being procured do not count.")

# 25 学生资助与营养餐: amounts answered, a completion share not paired, coverage restated as met
row("市教育局、市财政局",
    "发放各类学生资助资金1.2亿元,惠及学生4.5万人次;农村义务教育学生营养改善计划覆盖学生8.6万人。",
    "全年累计发放各级各类学生资助资金1.08亿元,资助学生4.12万人次,完成年度计划的90%;营养改善计划覆盖农村义务教育学校214所、学生8.6万人,实现应享尽享。",
    targets=[M("1.2亿元", 1.2, "亿元", "发放学生资助资金"),
             M("4.5万人次", 4.5, "万人次", "资助惠及学生"),
             M("8.6万人", 8.6, "万人", "营养改善计划覆盖学生")],
    actuals=[M("1.08亿元", 1.08, "亿元", "发放学生资助资金", period="全年"),
             M("4.12万人次", 4.12, "万人次", "资助学生", period="全年"),
             M("90%", 90, "%", "完成年度计划的(比例)", period="全年"),
             M("214所", 214, "所", "营养改善计划覆盖学校"),
             M("8.6万人", 8.6, "万人", "营养改善计划覆盖学生")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="1.08/1.2 = 0.9 (the text's 90%, a share that does not pair with the amount target); 4.12/4.5 = 0.9156; coverage 8.6/8.6 = 1.0. Schools covered have no target.")

# 26 文物与博物馆: repair projects 完工验收 vs 扫尾 vs not started, museums built vs opened, visitors with growth
P = "1-11月"
row("市文物局、市文化广电旅游局",
    "完成文物保护单位修缮项目8处,新建乡村博物馆4个,博物馆年接待观众突破50万人次。",
    "8处修缮项目中已完工验收5处,2处进入扫尾阶段,1处因设计方案调整尚未开工;新建乡村博物馆4个,已开放3个;1-11月全市博物馆接待观众52.7万人次,同比增长21.4%。",
    targets=[M("8处", 8, "处", "文物保护单位修缮项目"),
             M("4个", 4, "个", "新建乡村博物馆"),
             M("50万人次", 50, "万人次", "博物馆年接待观众", bound="min")],
    actuals=[M("8处", 8, "处", "修缮项目(scope, restated)"),
             M("5处", 5, "处", "已完工验收修缮项目"),
             M("2处", 2, "处", "进入扫尾阶段修缮项目"),
             M("1处", 1, "处", "尚未开工修缮项目"),
             M("4个", 4, "个", "新建乡村博物馆"),
             M("3个", 3, "个", "已开放乡村博物馆"),
             M("52.7万人次", 52.7, "万人次", "博物馆接待观众", period=P),
             M("21.4%", 21.4, "%", "博物馆接待观众同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="Repairs completed and accepted 5/8 = 0.625; 扫尾 and not-started ones do not count. The target is to build (新建) 4 museums: 4/4 = 1.0; opening (3个) is a later stage. 52.7/50 = 1.054 for 1-11月; the growth has no growth target.")

# 27 全民健身设施 (full-width digits): installed vs tendered, new gyms vs cumulative, a fitness rate
row("区体育局、各街道办事处",
    "新建村（社区）全民健身设施１２０个,新建百姓健身房１５个,国民体质监测合格率达到９２％。",
    "已完成村（社区）全民健身设施安装１０８个，其余１２个已完成招标；百姓健身房建成１５个，累计达到４６个；今年抽测的国民体质合格率为９２．６％。",
    targets=[M("１２０个", 120, "个", "新建村（社区）全民健身设施"),
             M("１５个", 15, "个", "新建百姓健身房"),
             M("９２％", 92, "%", "国民体质监测合格率")],
    actuals=[M("１０８个", 108, "个", "完成安装全民健身设施"),
             M("１２个", 12, "个", "已完成招标全民健身设施"),
             M("１５个", 15, "个", "建成百姓健身房"),
             M("４６个", 46, "个", "累计百姓健身房(stock)"),
             M("９２．６％", 92.6, "%", "国民体质合格率", period="今年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Full-width digits. 108/120 = 0.9; the 12 only tendered do not count. 15/15 = 1.0; the cumulative 46个 does not answer. 92.6/92 = 1.0065. 百姓 is a word, not a number.")

# 28 体育彩票: amount and growth answered, completion share, a growth target with no data
P = "1-11月"
row("市体育局、市体育彩票管理中心",
    "体育彩票销售额达到6.8亿元,增长8%;体育产业总产出增长10%。",
    "1-11月体育彩票销售6.52亿元,同比增长9.7%,完成年度任务的95.9%;体育产业统计数据由省统计局年底发布,暂无数据。",
    targets=[M("6.8亿元", 6.8, "亿元", "体育彩票销售额"),
             M("8%", 8, "%", "体育彩票销售额增长", kind="growth"),
             M("10%", 10, "%", "体育产业总产出增长", kind="growth")],
    actuals=[M("6.52亿元", 6.52, "亿元", "体育彩票销售", period=P),
             M("9.7%", 9.7, "%", "体育彩票销售同比增长", kind="growth", period=P),
             M("95.9%", 95.9, "%", "完成年度任务的(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="6.52/6.8 = 0.9588 (the text's 95.9%, a share, not paired); growth 9.7/8 = 1.2125. Sports-industry output is not yet published: the 10% growth target is unpaired.")

# 29 心理健康教育: a staffing level answered by the stock (new hires a part), a ratio, screening count vs a coverage share
row("区教育局、区卫生健康局",
    "配备专职心理健康教师不少于60名,中小学心理健康教育专兼职教师配备率达到100%,开展心理健康筛查覆盖学生10万人。",
    "新招聘和转岗专职心理健康教师46名,全区专职心理健康教师累计达到73名;专兼职教师配备率100%;完成中小学生心理健康测评9.4万人,筛查覆盖率94%。",
    targets=[M("60名", 60, "名", "配备专职心理健康教师", bound="min"),
             M("100%", 100, "%", "专兼职教师配备率"),
             M("10万人", 10, "万人", "心理健康筛查覆盖学生")],
    actuals=[M("46名", 46, "名", "新招聘和转岗专职心理健康教师"),
             M("73名", 73, "名", "累计专职心理健康教师(stock)"),
             M("100%", 100, "%", "专兼职教师配备率"),
             M("9.4万人", 9.4, "万人", "完成心理健康测评学生"),
             M("94%", 94, "%", "筛查覆盖率")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="配备…不少于60名 is a staffing level: the stock 73名 answers (1.2167); the 46 new hires are the year's addition (would-be 0.7667). 100/100 = 1.0. 9.4/10 = 0.94; the coverage share 94% does not pair with the count target.")

# 30 節慶與民宿 (traditional): events held, a cluster named vs one recommended (nth), homestays with a 其中 part
row("縣文化廣電旅遊局、縣商務局",
    "舉辦文化旅遊節慶活動10場,打造夜間文旅消費集聚區2個,新增星級民宿30家。",
    "已舉辦油菜花節、龍舟節等節慶活動8場,吸引遊客46.5萬人次;老街夜市獲評省級夜間文旅消費集聚區1個,另1個已推薦申報;新評定星級民宿34家,其中五星級3家。",
    targets=[M("10場", 10, "場", "文化旅遊節慶活動"),
             M("2個", 2, "個", "夜間文旅消費集聚區"),
             M("30家", 30, "家", "新增星級民宿")],
    actuals=[M("8場", 8, "場", "舉辦節慶活動"),
             M("46.5萬人次", 46.5, "萬人次", "節慶活動吸引遊客"),
             M("1個", 1, "個", "獲評省級夜間文旅消費集聚區", nth=0),
             M("1個", 1, "個", "已推薦申報集聚區(candidate)", nth=1),
             M("34家", 34, "家", "新評定星級民宿"),
             M("3家", 3, "家", "五星級民宿")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. 8/10 = 0.8. Only the named cluster counts: 1/2 = 0.5; the recommended one is a candidate (would-be sum 1.0). 34/30 = 1.1333; 五星級 is a grade label and its 3家 are a part.")

# 31 疾控中心大楼 (nothing answers): building area as scope, changed area, total budget, a forecast of preliminary costs
row("县卫生健康局、县疾病预防控制中心",
    "新建县级疾控中心业务综合楼(建筑面积1.2万平方米),年度计划投资8000万元,年内完成主体结构封顶。",
    "项目已完成立项、可研批复和用地预审,施工图设计正在审查;建筑面积调整为1.35万平方米,总投资1.6亿元;计划明年3月开工建设,今年预计完成前期费用约600万元。",
    targets=[M("8000万元", 8000, "万元", "年度计划投资")],
    other=[O("1.2万平方米", 1.2, "万平方米", "specification (建筑面积 of the building, scope)")],
    actuals=[M("1.35万平方米", 1.35, "万平方米", "调整后建筑面积(specification)"),
             M("1.6亿元", 1.6, "亿元", "项目总投资(scope)"),
             M("600万元", 600, "万元", "今年预计完成前期费用(forecast)")],
    note="Nothing answers: the project has not started (开工 planned for 明年3月); 1.35万平方米 is the revised design area, 1.6亿元 the total budget, and 600万元 only a forecast of preliminary costs (would-be 0.075). The topping-out has no number.")

# 32 居民医保筹资: policy levels met as written, an old threshold (baseline), a rate floor, beneficiaries
row("市医疗保障局、市财政局、市税务局",
    "城乡居民医保人均财政补助标准提高到每人每年670元,个人缴费380元,大病保险起付线降至1.2万元。",
    "落实城乡居民医保人均财政补助标准每人每年670元,个人缴费标准380元,全年征缴居民医保个人缴费2.31亿元;大病保险起付线已由1.5万元降至1.2万元,报销比例提高至60%以上,累计惠及患者1.08万人次。",
    targets=[M("670元", 670, "元", "城乡居民医保人均财政补助标准"),
             M("380元", 380, "元", "个人缴费"),
             M("1.2万元", 1.2, "万元", "大病保险起付线")],
    actuals=[M("670元", 670, "元", "人均财政补助标准"),
             M("380元", 380, "元", "个人缴费标准"),
             M("2.31亿元", 2.31, "亿元", "征缴居民医保个人缴费", period="全年"),
             M("1.5万元", 1.5, "万元", "原大病保险起付线(baseline)"),
             M("1.2万元", 1.2, "万元", "大病保险起付线"),
             M("60%", 60, "%", "大病保险报销比例"),
             M("1.08万人次", 1.08, "万人次", "惠及患者")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="The policy levels are implemented as set: 670/670, 380/380 and the threshold 1.2/1.2 = 1.0; 1.5万元 is the old threshold (baseline). The contributions collected, the reimbursement rate and the beneficiaries have no target.")

# 33 职业教育: majors added vs one awaiting approval, training 万人次, employment rate with its numerator and denominator
row("市教育局、市人力资源社会保障局",
    "职业院校新增专业点6个,开展职业技能培训1.5万人次,中职毕业生就业率(含升学)达到95%。",
    "新增智能制造、婴幼儿托育等专业点5个,另有1个专业点已上报省教育厅备案待批复;面向社会开展职业技能培训1.63万人次;今年中职毕业生2860人,就业(含升学)2741人,就业率95.8%。",
    targets=[M("6个", 6, "个", "职业院校新增专业点"),
             M("1.5万人次", 1.5, "万人次", "职业技能培训"),
             M("95%", 95, "%", "中职毕业生就业率(含升学)")],
    actuals=[M("5个", 5, "个", "新增专业点"),
             M("1个", 1, "个", "已上报待批复专业点(candidate)"),
             M("1.63万人次", 1.63, "万人次", "职业技能培训"),
             M("2860人", 2860, "人", "中职毕业生(scope)", period="今年"),
             M("2741人", 2741, "人", "就业(含升学)中职毕业生", period="今年"),
             M("95.8%", 95.8, "%", "中职毕业生就业率", period="今年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="5/6 = 0.8333; the major only submitted (已上报) is a candidate (would-be sum 1.0). 1.63/1.5 = 1.0867. The rate 95.8/95 = 1.0084; 2741/2860 are its numerator and denominator.")

# 34 托育 (full-width digits): per-thousand places answered by the rate, 普惠 part answers the 普惠 target, age threshold (other)
row("市卫生健康委、市发展改革委",
    "每千人口拥有３岁以下婴幼儿托位数达到４．５个，新增普惠托位８００个。",
    "全市新增托位１１２０个，其中普惠托位７６０个；托位总数达到２．４６万个，每千人口托位数４．３８个。",
    targets=[M("４．５个", 4.5, "个", "每千人口婴幼儿托位数"),
             M("８００个", 800, "个", "新增普惠托位")],
    other=[O("３岁", 3, "岁", "class threshold (３岁以下婴幼儿)")],
    actuals=[M("１１２０个", 1120, "个", "新增托位"),
             M("７６０个", 760, "个", "新增普惠托位"),
             M("２．４６万个", 2.46, "万个", "托位总数(stock)"),
             M("４．３８个", 4.38, "个", "每千人口托位数")],
    pairs=[("t1", ["a4"]), ("t2", ["a2"])],
    note="Full-width digits. Per-thousand rate 4.38/4.5 = 0.9733. The 普惠 target is answered by its 其中 part 760个 (0.95), not by all new places 1120个 (would-be 1.4); the stock 2.46万个 does not answer.")

# 35 全民阅读 (Chinese numerals in the task): events, books with a digital part, an inferred unit
row("市文化广电旅游局、市图书馆",
    "开展全民阅读活动不少于三百场,新增图书馆藏书五万册,公共图书馆年流通人次达到40万。",
    "全年举办阅读推广活动326场;新增藏书5.8万册,其中数字资源折合1.2万册;1-11月图书馆流通37.5万人次。",
    targets=[M("三百场", 300, "场", "全民阅读活动", bound="min"),
             M("五万册", 5, "万册", "新增图书馆藏书"),
             M("40万", 40, "万人次", "公共图书馆年流通人次", unit_inferred=True)],
    actuals=[M("326场", 326, "场", "阅读推广活动", period="全年"),
             M("5.8万册", 5.8, "万册", "新增藏书"),
             M("1.2万册", 1.2, "万册", "数字资源折合藏书"),
             M("37.5万人次", 37.5, "万人次", "图书馆流通", period="1-11月")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Chinese numerals in the task (三百场, 五万册); 40万 stands for 万人次 (unit inferred). 326/300 = 1.0867; 5.8/5 = 1.16 (the digital 1.2万册 is its part); 37.5/40 = 0.9375 for 1-11月.")

# 36 老年人健康体检: rate answered, people counts, an age threshold in both columns, a project not started
row("县卫生健康局、各乡镇卫生院",
    "为65岁及以上老年人提供免费健康体检,体检率达到70%;开展老年人失能预防干预1000人。",
    "辖区65岁及以上老年人4.82万人,已完成健康体检3.24万人,体检率67.2%;失能预防干预项目尚在招募社会组织,预计12月启动。",
    targets=[M("70%", 70, "%", "老年人健康体检率"),
             M("1000人", 1000, "人", "老年人失能预防干预")],
    other=[O("65岁", 65, "岁", "class threshold (65岁及以上老年人)")],
    actuals=[M("65岁", 65, "岁", "老年人年龄门槛(class threshold)"),
             M("4.82万人", 4.82, "万人", "辖区65岁及以上老年人(scope)"),
             M("3.24万人", 3.24, "万人", "已完成健康体检"),
             M("67.2%", 67.2, "%", "老年人体检率")],
    pairs=[("t1", ["a4"])],
    note="67.2/70 = 0.96; 3.24/4.82 are its numerator and denominator. The disability-prevention project has not started (预计12月启动): unpaired.")

# 37 乡村旅游: new villages vs baseline and cumulative, visitors and income for 前三季度, income growth answers the growth target
P = "前三季度"
row("县文化广电旅游局、县农业农村局",
    "创建省级乡村旅游重点村3个,全年乡村旅游接待游客突破500万人次,乡村旅游收入增长12%以上。",
    "新增省级乡村旅游重点村2个,上年已有5个,累计达到7个;前三季度乡村旅游接待游客412.6万人次,实现收入18.9亿元,同比增长13.5%。",
    targets=[M("3个", 3, "个", "创建省级乡村旅游重点村"),
             M("500万人次", 500, "万人次", "乡村旅游接待游客", bound="min"),
             M("12%", 12, "%", "乡村旅游收入增长", kind="growth", bound="min")],
    actuals=[M("2个", 2, "个", "新增省级乡村旅游重点村"),
             M("5个", 5, "个", "上年已有重点村(baseline)"),
             M("7个", 7, "个", "累计重点村(stock)"),
             M("412.6万人次", 412.6, "万人次", "乡村旅游接待游客", period=P),
             M("18.9亿元", 18.9, "亿元", "乡村旅游收入", period=P),
             M("13.5%", 13.5, "%", "乡村旅游收入同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="New villages 2/3 = 0.6667; 5个 is last year's baseline and 7个 the stock (would-be 2.3333). 412.6/500 = 0.8252 for 前三季度. Income growth 13.5/12 = 1.125; the income level 18.9亿元 has no level target.")

# 38 场馆开放: venues as scope, people served, school opening rate with numerator and denominator
P = "1-11月"
row("市体育局、市教育局",
    "推动公共体育场馆免费或低收费开放,年服务群众不少于80万人次,学校体育场地向社会开放率达到60%。",
    "全市12个公共体育场馆全部实现免费或低收费开放,1-11月累计服务群众86.4万人次;符合条件的218所学校中已有129所向社会开放体育场地,开放率59.2%。",
    targets=[M("80万人次", 80, "万人次", "公共体育场馆年服务群众", bound="min"),
             M("60%", 60, "%", "学校体育场地向社会开放率")],
    actuals=[M("12个", 12, "个", "公共体育场馆(scope)"),
             M("86.4万人次", 86.4, "万人次", "累计服务群众", period=P),
             M("218所", 218, "所", "符合条件学校(scope)"),
             M("129所", 129, "所", "向社会开放体育场地学校"),
             M("59.2%", 59.2, "%", "学校体育场地开放率")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="86.4/80 = 1.08 (1-11月累计 is year to date). 59.2/60 = 0.9867; 129/218 are its numerator and denominator. The 12 venues are the scope of the opening policy.")

# 39 基层卫生人才: a restated and a changed target, recruits answered against the original, students enrolled
row("县卫生健康局、县人力资源社会保障局、县委编办",
    "招聘乡村医生及基层医务人员150名,订单定向培养医学生40名。",
    "年初计划招聘基层医务人员150名,因编制调整,任务调整为120名,已完成招聘118名;订单定向医学生培养计划40名已全部录取,9月入学。",
    targets=[M("150名", 150, "名", "招聘乡村医生及基层医务人员"),
             M("40名", 40, "名", "订单定向培养医学生")],
    actuals=[M("150名", 150, "名", "年初计划招聘(restated target)"),
             M("120名", 120, "名", "调整后招聘任务(changed target)"),
             M("118名", 118, "名", "已完成招聘"),
             M("40名", 40, "名", "订单定向医学生已录取")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="The ratio is kept against the original target: 118/150 = 0.7867 (against the changed 120名 it would be 0.9833). The 40 students are all admitted (1.0). 9月 is a date.")

# 40 公共文化服务: a rate stated only in words, centres built with a completion share, teams new vs total
row("县文化广电旅游局、各乡镇人民政府",
    "全县乡镇综合文化站免费开放率100%,新建村级综合性文化服务中心45个,群众文艺团队总数不少于200支。",
    "全县16个乡镇综合文化站全部免费开放;新建村级综合性文化服务中心完成建设41个,完成年度任务的91.1%;新组建群众文艺团队87支,全县累计达到236支。",
    targets=[M("100%", 100, "%", "乡镇综合文化站免费开放率"),
             M("45个", 45, "个", "新建村级综合性文化服务中心"),
             M("200支", 200, "支", "群众文艺团队总数", bound="min")],
    actuals=[M("16个", 16, "个", "乡镇综合文化站(scope)"),
             M("41个", 41, "个", "新建村级综合性文化服务中心完成建设"),
             M("91.1%", 91.1, "%", "完成年度任务的(比例)"),
             M("87支", 87, "支", "新组建群众文艺团队"),
             M("236支", 236, "支", "累计群众文艺团队(stock)")],
    pairs=[("t2", ["a2"]), ("t3", ["a5"])],
    note="全部免费开放 states the rate only in words (no number): t1 is unpaired (would-be 1.0). 41/45 = 0.9111 (the 91.1% share is not paired). The target is the total: 236/200 = 1.18; the 87 new teams are the year's addition (would-be 0.435).")


probe.write(Path(__file__).with_name("probe-services.gold.jsonl"))
