"""Writes probe-governance.gold.jsonl: 40 rows written for this probe (not taken from any report)
and hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one item of a county's 2025
third-quarter report (前三季度工作情况) on grassroots governance, public security and rule of law,
written partly as terse table rows (one flattened table row with bars) and partly as prose: the
task is the year's target (矛盾纠纷 排查 件 and 化解率, 信访 按期办结率 / 初信初访化解率 / 重复信访率 个百分点
/ 越级访 下降, 网格 个 and 网格员 / 专职网格员 名, 刑事案件 立案 下降 and 破案率 个百分点, 电信网络诈骗 发案
and 损失 下降 and 紧急止付 万元, 八类严重暴力犯罪 下降 and 命案现案破案率 保持100% and 积案 起, 禁毒 管控率
/ 戒断三年未复吸 比例 / 踏查 万亩 / 无毒村, 社区矫正 再犯罪率 控制在0.2%以下 and 集中教育 次, 法律援助 件
(flattened), 公共法律服务站/工作室 个 and 法律顾问配备率, 法治宣传 场次 and 受众 万人次, 平安村(社区) 占比
and 市级 个 / 平安校园 所 / 平安医院 家, 群众安全感满意率, 人民调解委员会 个 and 调解成功率, 道路交通 亡人
事故 and 死亡人数 下降 and 防护设施 公里, 火灾隐患 万处 and 火灾亡人 控制在3人以内, 视频监控 路 and 覆盖率 /
联网率, 见义勇为 名 and 基金 万元, 扫黑除恶 线索办结率 and 团伙 个, 民主法治示范村 各3个, 电动自行车充电设施
处 / 端口 个, 110 有效处置率 and 警情 下降 and 见警率, 校园 保安员配备率 / 护学岗 个, 反诈APP 注册 万人,
非法集资 清退率, 行政应诉 出庭应诉率 / 败诉率 控制在8%以内, 万人成讼率 控制在95件以下 and 诉前调解成功率,
严重精神障碍患者 规范管理率, 智慧安防小区 个, 派出所用房 所 and 智慧警务室 个, 安置帮教 衔接率 / 安置率 /
基地 个, 劝导站 个 and 劝导员 名 and 查处酒驾醉驾 增长, 法律明白人 每村不少于3名, 平安志愿者 万人 and 巡防
万人次, 隐患点段 处 and 平交路口 个, 未成年人犯罪 下降, 综治中心 达标率 / 个 / 入驻部门, 案卷评查 卷 and
合格率, 规范性文件 审核率 and 重大行政决策 项). Many targets are lower-is-better (下降, 控制在…以内/以下,
零发生, 不发生); owners vary by row. Periods: 截至9月底, 1-9月, 前三季度, 今年以来, 上半年.
Five rows are in traditional characters (8, 15, 22, 29, 35); three use full-width digits (11, 24, 33);
rows 19, 31 and 38 use Chinese numerals (and 两期 / 三年 / 百分之百 elsewhere).

Gold decisions:
- Reductions pair with reductions (both signed negative, so the ratio is positive); a rise reported for a
  falling target keeps its kind growth and gives a signed, negative ratio (row 23 盗窃类警情 上升4.1% for
  下降10%: -0.41). 与上年同期持平 (row 37) is annotated as a zero change (text 持平, value 0) and pairs with
  ratio 0.
- Caps (控制在…以内/以下, bound max) pair like levels; the ratio below 1 means the cap is kept (火灾亡人 2/3,
  败诉率 6.2/8, 万人成讼率 62.4/95, 再犯罪率 0/0.2 = 0). Words-only results (未发生, 零发生, 不发生,
  全部落实, 全覆盖, 应帮尽帮, 均在法定期限内) answer nothing numerically: targets stated only in words carry
  no mention, and numeric targets answered only in words stay unpaired with the would-be ratio in note.
- A rate target answered only by counts (rows 2, 17, 27, 32, 39, and the 帮扶率 of row 9) stays unpaired:
  a count is not the rate's metric; note gives the rate the counts imply. A stated completion share
  (完成年度目标的X%, 完成率) is an actual of its own and never answers the count target.
- Candidates (已上报/推荐/正在公示/待考核命名/正在组织验收/已通过初评/锁定嫌疑人未抓获/正在筹建) and works in
  progress or forecast (预计…前, 预计全年) do not answer; an estimate for an elapsed period (上半年测评,
  据初步统计前三季度) does.
- A broader aggregate does not answer a narrower target (止付冻结 2680万元 for 紧急止付, row 6; 累计 stocks
  for this year's 新建, rows 22 and 33); the named part does. 排查 does not answer 排查整治 (row 36: 整治
  answers). The 累计 stock answers a target stated as a total (row 35 注册志愿者总数).
- Sums of parts: 法律明白人 + 法治带头人 (row 12), 涉恶犯罪集团 + 恶势力犯罪团伙 for 涉恶犯罪团伙 (row 20),
  常驻 + 轮驻 departments for 入驻部门 (row 38).
- 分别 lists are mapped in the progress's own order (rows 6, 16, 26), which in row 16 is the reverse of
  the task's order.
- A per-village target (每个村不少于3名, 每月不少于1次) is answered by the stated per-village average, not by
  the county total (row 34).
- A restated target (row 26 清退率30%) and a changed target (row 18 任务调整为700路) are actuals that do not
  answer; the ratio stays against the original target.
- The flattened table row (10) gives its bare numbers the unit of the unit cell (unit_inferred); the unit
  cells are not quantities and the trailing percentages are completion rates, unpaired.

Deliberately unannotated (not quantities): years 2025; dates 10月底/11月/11月底/12月底/年底; periods
1-9月, 9月底, 上半年, 三季度, 四季度, 第四季度; ranks (全市第3位); names and slogans (“八五”普法, “法律进万家”,
110接处警, “一人一檔一策”, “三项制度”, “两卡”, “三超一疲劳”, 八类严重暴力犯罪, 一键式, 一站式, 一次性化解,
首批); the basis 万人 in 万人成讼率; 一批 (an unstated amount); 一审 (a court level); 重点 (the run
check reads 点 as a numeral). Row 37's zero-change pair is written as ratio -0.0 (0 over a signed target).
Run: cd tests/cases && python make_probe_governance.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe32")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Grassroots governance, public security and rule of law: a county's 2025 前三季度 report (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 矛盾纠纷排查化解 (ordinary): count and rate answered; a completion share and a county-level part beside them
P = "前三季度"
row("县委政法委、县综治中心、各乡镇(街道)",
    "深化新时代“枫桥经验”,常态化开展矛盾纠纷排查化解,全年排查矛盾纠纷6000件以上,化解率达到98%以上,防止“民转刑”案件发生。",
    "前三季度,全县各级综治中心累计排查矛盾纠纷4876件,成功化解4792件,化解率98.3%,完成年度排查目标的81.3%;其中县级综治中心直接受理调处疑难复杂纠纷326件。未发生因矛盾纠纷激化引发的“民转刑”命案。",
    targets=[M("6000件", 6000, "件", "排查矛盾纠纷", bound="min"),
             M("98%", 98, "%", "矛盾纠纷化解率", bound="min")],
    actuals=[M("4876件", 4876, "件", "累计排查矛盾纠纷", period=P),
             M("4792件", 4792, "件", "成功化解矛盾纠纷", period=P),
             M("98.3%", 98.3, "%", "矛盾纠纷化解率", period=P),
             M("81.3%", 81.3, "%", "完成年度排查目标的(比例)", period=P),
             M("326件", 326, "件", "县级综治中心受理调处疑难复杂纠纷", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="4876/6000 = 0.8127 (the stated 81.3% is a share, not paired). 98.3/98 = 1.0031; 4792/4876 are its numerator and denominator. 326件 is a part handled by the county centre. 防止“民转刑” has no number and is answered only in words.")

# 2 重点领域纠纷 (hard): the rate target is answered only by counts; a training count answers
P = "截至9月底"
row("县司法局、各乡镇人民政府",
    "开展“矛盾纠纷大排查大化解”专项行动,重点领域矛盾纠纷化解率达到95%以上,婚恋家庭、邻里纠纷等易激化矛盾纠纷动态清零;组织乡镇(街道)、村(社区)调解员业务培训1500人次。",
    "截至9月底,专项行动共排查婚恋家庭、邻里、土地流转、劳资等重点领域矛盾纠纷1862件,已化解1786件,其余76件均落实包案化解责任人,正在跟进调处;排查出易激化矛盾纠纷43件,已全部化解销号。举办调解员培训班21期,培训调解员1630人次。",
    targets=[M("95%", 95, "%", "重点领域矛盾纠纷化解率", bound="min"),
             M("1500人次", 1500, "人次", "调解员业务培训")],
    actuals=[M("1862件", 1862, "件", "排查重点领域矛盾纠纷", period=P),
             M("1786件", 1786, "件", "已化解重点领域矛盾纠纷", period=P),
             M("76件", 76, "件", "正在调处纠纷", period=P),
             M("43件", 43, "件", "易激化矛盾纠纷", period=P),
             M("21期", 21, "期", "调解员培训班", period=P),
             M("1630人次", 1630, "人次", "培训调解员", period=P)],
    pairs=[("t2", ["a6"])],
    note="The rate is not stated: only counts are given (1786 of 1862 = 95.92%, would-be 1.0097), so t1 is unpaired. 动态清零 has no number; the 43 易激化 disputes are cleared only in words. 1630/1500 = 1.0867 (21期 counts courses).")

# 3 信访 (ordinary): two rates and two reductions (个百分点 and %), a share of online petitions
P = "今年以来"
row("县信访局、县直各有关部门、各乡镇(街道)",
    "信访事项按期办结率达到95%以上,初信初访化解率达到90%以上,重复信访率较上年下降5个百分点,进京赴省越级访人次下降10%。",
    "今年以来,全县共受理群众信访事项2368件,其中网上信访1524件,占64.4%;按期办结2296件,按期办结率97%。初信初访1587件,一次性化解1452件,化解率91.5%。重复信访率6.8%,较上年同期下降3.1个百分点;进京赴省越级访28人次,同比下降36.4%。",
    targets=[M("95%", 95, "%", "信访事项按期办结率", bound="min"),
             M("90%", 90, "%", "初信初访化解率", bound="min"),
             M("5个百分点", 5, "个百分点", "重复信访率较上年下降", kind="reduction"),
             M("10%", 10, "%", "进京赴省越级访人次", kind="reduction")],
    actuals=[M("2368件", 2368, "件", "受理群众信访事项", period=P),
             M("1524件", 1524, "件", "网上信访", period=P),
             M("64.4%", 64.4, "%", "网上信访占比", period=P),
             M("2296件", 2296, "件", "按期办结信访事项", period=P),
             M("97%", 97, "%", "按期办结率", period=P),
             M("1587件", 1587, "件", "初信初访", period=P),
             M("1452件", 1452, "件", "一次性化解初信初访", period=P),
             M("91.5%", 91.5, "%", "初信初访化解率", period=P),
             M("6.8%", 6.8, "%", "重复信访率", period=P),
             M("3.1个百分点", 3.1, "个百分点", "重复信访率较上年同期下降", kind="reduction", period=P),
             M("28人次", 28, "人次", "进京赴省越级访", period=P),
             M("36.4%", 36.4, "%", "越级访同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a5"]), ("t2", ["a8"]), ("t3", ["a10"]), ("t4", ["a12"])],
    note="97/95 = 1.0211; 91.5/90 = 1.0167; the fall 3.1/5 = 0.62 (the level 6.8% has no level target); 36.4/10 = 3.64 (同比下降 elides 越级访人次). 一次性 is a word, not a count.")

# 4 网格 (ordinary): an approx grid count, staff total and 其中 full-time part; 专属网格 another kind; 两期 counted
P = "截至9月底"
row("县委社会工作部、县综治中心、各乡镇(街道)",
    "优化网格设置,全县划分综合网格1200个左右,配备网格员1300名以上,其中专职网格员不少于800名,网格员培训实现全覆盖。",
    "截至9月底,全县共划分综合网格1186个、专属网格138个,配备网格员1352名,其中专职网格员824名、兼职网格员528名;分两期开展网格员全员轮训,培训1352人次,实现培训全覆盖。",
    targets=[M("1200个", 1200, "个", "划分综合网格", bound="approx"),
             M("1300名", 1300, "名", "配备网格员", bound="min"),
             M("800名", 800, "名", "专职网格员", bound="min")],
    actuals=[M("1186个", 1186, "个", "划分综合网格", period=P),
             M("138个", 138, "个", "专属网格", period=P),
             M("1352名", 1352, "名", "配备网格员", period=P),
             M("824名", 824, "名", "专职网格员", period=P),
             M("528名", 528, "名", "兼职网格员", period=P),
             M("两期", 2, "期", "网格员轮训期数", period=P),
             M("1352人次", 1352, "人次", "网格员轮训", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="1186/1200 = 0.9883 (专属网格 are another kind, not added). 1352/1300 = 1.04; 824/800 = 1.03 (824 + 528 are the parts of 1352). Training coverage is a target only in words, answered in words.")

# 5 刑事案件 (ordinary, table-like): a % fall and a 个百分点 rise answered in kind; counts beside them
P = "1-9月"
row("县公安局",
    "全县刑事案件立案数同比下降5%以上;刑事案件破案率较上年提高3个百分点;现行命案和重大刑事案件保持“快侦快破”。",
    "1-9月,全县共立刑事案件1426起,同比下降13.8%;破获刑事案件812起,破案率56.9%,较上年同期提高4.2个百分点;抓获犯罪嫌疑人1037名,其中移送起诉683名。",
    targets=[M("5%", 5, "%", "刑事案件立案数", kind="reduction", bound="min"),
             M("3个百分点", 3, "个百分点", "刑事案件破案率较上年提高", kind="growth")],
    actuals=[M("1426起", 1426, "起", "立刑事案件", period=P),
             M("13.8%", 13.8, "%", "刑事案件立案数同比下降", kind="reduction", period=P),
             M("812起", 812, "起", "破获刑事案件", period=P),
             M("56.9%", 56.9, "%", "刑事案件破案率", period=P),
             M("4.2个百分点", 4.2, "个百分点", "破案率较上年同期提高", kind="growth", period=P),
             M("1037名", 1037, "名", "抓获犯罪嫌疑人", period=P),
             M("683名", 683, "名", "移送起诉", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="13.8/5 = 2.76; 4.2/3 = 1.4 (the level 56.9% has no level target). Arrests have no target.")

# 6 电信网络诈骗 (hard): 分别 over two falls; 止付冻结 is a broader aggregate, its 紧急止付 part answers
P = "今年以来"
row("县公安局、县反诈中心、县委宣传部、各通信运营企业",
    "深入开展打击治理电信网络诈骗犯罪专项行动,电信网络诈骗案件发案数同比下降15%,群众财产损失同比下降20%,紧急止付涉案资金2000万元以上。",
    "今年以来,全县电信网络诈骗案件发案数、群众财产损失分别同比下降18.2%、12.7%;反诈中心累计止付冻结涉案资金2680万元,其中紧急止付1860万元、冻结820万元,返还受害群众被骗资金436万元;打掉涉诈“两卡”团伙9个,抓获犯罪嫌疑人146名。",
    targets=[M("15%", 15, "%", "电信网络诈骗案件发案数", kind="reduction"),
             M("20%", 20, "%", "群众财产损失", kind="reduction"),
             M("2000万元", 2000, "万元", "紧急止付涉案资金", bound="min")],
    actuals=[M("18.2%", 18.2, "%", "电诈案件发案数同比下降", kind="reduction", period=P),
             M("12.7%", 12.7, "%", "群众财产损失同比下降", kind="reduction", period=P),
             M("2680万元", 2680, "万元", "累计止付冻结涉案资金(aggregate)", period=P),
             M("1860万元", 1860, "万元", "紧急止付涉案资金", period=P),
             M("820万元", 820, "万元", "冻结涉案资金", period=P),
             M("436万元", 436, "万元", "返还受害群众被骗资金", period=P),
             M("9个", 9, "个", "打掉涉诈“两卡”团伙", period=P),
             M("146名", 146, "名", "抓获犯罪嫌疑人", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="分别 maps 18.2% to 发案数 (1.2133) and 12.7% to 财产损失 (0.635, short). 止付冻结 2680万元 adds frozen funds to the stops: a broader aggregate (would-be 1.34); the part 紧急止付 1860万元 answers: 0.93. “两卡” is a name.")

# 7 八类案件与命案 (hard): a fall answered; 均为100% covers two rates; solved cold case vs one only with a suspect (nth inside 21起)
P = "前三季度"
row("县公安局(刑侦大队)",
    "八类严重暴力犯罪案件发案数下降10%,命案现案破案率保持100%,命案积案攻坚侦破2起以上。",
    "前三季度,全县发生八类严重暴力犯罪案件21起,同比下降16%,已全部侦破;发生命案3起,均在案发后48小时内告破,现案破案率和八类案件破案率均为100%;组织命案积案攻坚,侦破命案积案1起,另有1起已锁定犯罪嫌疑人,正在组织追捕。",
    targets=[M("10%", 10, "%", "八类严重暴力犯罪案件发案数", kind="reduction"),
             M("100%", 100, "%", "命案现案破案率"),
             M("2起", 2, "起", "命案积案攻坚侦破", bound="min")],
    actuals=[M("21起", 21, "起", "八类严重暴力犯罪案件发案", period=P),
             M("16%", 16, "%", "八类案件同比下降", kind="reduction", period=P),
             M("3起", 3, "起", "发生命案", period=P),
             M("48小时", 48, "小时", "命案告破时限(duration)"),
             M("100%", 100, "%", "命案现案破案率和八类案件破案率(均)", period=P),
             M("1起", 1, "起", "侦破命案积案", nth=1, period=P),
             M("1起", 1, "起", "已锁定嫌疑人的命案积案(not solved)", nth=2, period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="16/10 = 1.6. 均为100% covers both rates: 命案现案 1.0 (3 of 3 in words too). One cold case solved: 1/2 = 0.5; the one with a suspect identified but not caught is not solved (would-be sum 1.0). '1起' nth 0 lies inside '21起'. 八类 is part of the crime category's name.")

# 8 禁毒 (traditional, ordinary): control rate, a share with a duration in both columns, 萬畝 answered, villages vs candidates
P = "截至9月底"
row("縣禁毒委員會辦公室、縣公安局、縣衛生健康局、各鄉鎮(街道)",
    "深化全民禁毒工程,社會面吸毒人員管控率達到95%以上,戒斷三年未復吸人員比例保持在80%以上,完成禁種鏟毒踏查面積15萬畝,創建無毒村(社區)60個。",
    "截至9月底,全縣現有吸毒人員386名,其中社會面吸毒人員241名,已全部落實“一人一檔一策”管控措施,管控率100%;戒斷三年未復吸人員312名,佔比80.8%;出動踏查人員2460人次,完成禁種鏟毒踏查16.2萬畝,鏟除非法種植罌粟1.3萬株;已有52個村(社區)通過無毒村(社區)評估驗收,另有11個正在組織驗收。",
    targets=[M("95%", 95, "%", "社會面吸毒人員管控率", bound="min"),
             M("80%", 80, "%", "戒斷三年未復吸人員比例", bound="min"),
             M("15萬畝", 15, "萬畝", "禁種鏟毒踏查面積"),
             M("60個", 60, "個", "創建無毒村(社區)")],
    other=[O("三年", 3, "年", "duration (defines 戒斷三年未復吸)")],
    actuals=[M("386名", 386, "名", "現有吸毒人員", period=P),
             M("241名", 241, "名", "社會面吸毒人員", period=P),
             M("100%", 100, "%", "社會面吸毒人員管控率", period=P),
             M("三年", 3, "年", "戒斷時長(duration)"),
             M("312名", 312, "名", "戒斷三年未復吸人員", period=P),
             M("80.8%", 80.8, "%", "戒斷三年未復吸人員佔比", period=P),
             M("2460人次", 2460, "人次", "出動踏查人員", period=P),
             M("16.2萬畝", 16.2, "萬畝", "完成禁種鏟毒踏查", period=P),
             M("1.3萬株", 1.3, "萬株", "鏟除非法種植罌粟", period=P),
             M("52個", 52, "個", "通過評估驗收無毒村(社區)", period=P),
             M("11個", 11, "個", "正在組織驗收村(社區)(candidates)", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a6"]), ("t3", ["a8"]), ("t4", ["a10"])],
    note="Traditional characters. 100/95 = 1.0526; 80.8/80 = 1.01 (312/386); 16.2/15 = 1.08; 52/60 = 0.8667, the 11 still being evaluated are candidates (would-be sum 1.05). 三年 is a duration in both columns. “一人一檔一策” is a slogan.")

# 9 社区矫正 (hard): a cap answered by a zero rate (nth inside 203名), sessions answered, the 帮扶率 only as a count
P = "今年以来"
row("县司法局、县公安局、县人民检察院、县人民法院",
    "规范社区矫正执法,社区矫正对象再犯罪率控制在0.2%以下,社区矫正对象教育帮扶率达到100%,开展社区矫正对象集中教育不少于4次。",
    "截至9月底,全县在册社区矫正对象418名,今年以来新接收186名、解除矫正203名;实行分类管理,其中严管类37名;累计开展集中教育学习6次、公益活动9次,对生活困难的23名社区矫正对象落实帮扶救助措施;今年以来社区矫正对象无重新违法犯罪情况,再犯罪率为0。",
    targets=[M("0.2%", 0.2, "%", "社区矫正对象再犯罪率", bound="max"),
             M("100%", 100, "%", "社区矫正对象教育帮扶率"),
             M("4次", 4, "次", "社区矫正对象集中教育", bound="min")],
    actuals=[M("418名", 418, "名", "在册社区矫正对象", period="截至9月底"),
             M("186名", 186, "名", "新接收社区矫正对象", period=P),
             M("203名", 203, "名", "解除矫正", period=P),
             M("37名", 37, "名", "严管类对象", period="截至9月底"),
             M("6次", 6, "次", "集中教育学习"),
             M("9次", 9, "次", "公益活动"),
             M("23名", 23, "名", "落实帮扶救助的生活困难对象"),
             M("0", 0, "%", "社区矫正对象再犯罪率", nth=1, period=P, unit_inferred=True)],
    pairs=[("t1", ["a8"]), ("t3", ["a5"])],
    note="再犯罪率为0 answers the cap: 0/0.2 = 0.0, i.e. the cap is kept (unit % inferred; '0' nth 0 lies inside '203名'). 6/4 = 1.5 (公益活动 are another activity). The 100% 教育帮扶率 is answered only by a count of 23 needy people helped, with no base: unpaired.")

# 10 法律援助 (flattened table): bare numbers take the unit cell's unit; the percentages are completion rates
P = "1-9月"
row("县司法局(县法律援助中心)",
    "法律援助案件办理量 | 件 | 1500 | 其中:农民工讨薪法律援助 | 件 | 300",
    "1-9月完成 | 1216 | 81.1% | 其中农民工讨薪 | 268 | 89.3%",
    targets=[M("1500", 1500, "件", "法律援助案件办理量", unit_inferred=True),
             M("300", 300, "件", "农民工讨薪法律援助", unit_inferred=True)],
    actuals=[M("1216", 1216, "件", "完成法律援助案件", period=P, unit_inferred=True),
             M("81.1%", 81.1, "%", "法律援助案件完成率", period=P),
             M("268", 268, "件", "农民工讨薪法律援助", period=P, unit_inferred=True),
             M("89.3%", 89.3, "%", "农民工讨薪法律援助完成率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="A flattened table row: the unit cells (件) are not quantities; each bare number takes the unit of its unit cell (inferred). 1216/1500 = 0.8107 and 268/300 = 0.8933; the trailing 81.1% and 89.3% are completion rates, actuals of their own, not paired.")

# 11 公共法律服务 (full-width digits): the restated scope reported all built, rooms short with a forecast remainder, a rate
P = "截至９月底"
row("县司法局、各乡镇(街道)",
    "健全公共法律服务体系,建成乡镇(街道)公共法律服务站１８个、村(社区)公共法律服务工作室２８６个,实现全覆盖;村(社区)法律顾问配备率保持１００％。",
    "截至９月底,１８个乡镇(街道)公共法律服务站已全部建成并实体化运行,村(社区)公共法律服务工作室建成２７９个,其余７个结合村级活动场所改造同步推进,预计１１月底前建成;全县２８６个村(社区)均签约法律顾问,配备率１００％,今年以来法律顾问提供法律咨询４８６０人次、参与调解纠纷３１２件。",
    targets=[M("１８个", 18, "个", "建成乡镇(街道)公共法律服务站"),
             M("２８６个", 286, "个", "建成村(社区)公共法律服务工作室"),
             M("１００％", 100, "%", "村(社区)法律顾问配备率")],
    actuals=[M("１８个", 18, "个", "已全部建成公共法律服务站", period=P),
             M("２７９个", 279, "个", "建成公共法律服务工作室", period=P),
             M("７个", 7, "个", "同步推进的工作室(forecast)", period=P),
             M("２８６个", 286, "个", "村(社区)(scope)", period=P),
             M("１００％", 100, "%", "法律顾问配备率", period=P),
             M("４８６０人次", 4860, "人次", "法律顾问提供法律咨询", period="今年以来"),
             M("３１２件", 312, "件", "法律顾问参与调解纠纷", period="今年以来")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="Full-width digits. １８个…已全部建成 reports the target done: 18/18 = 1.0. 279/286 = 0.9755; the 7 expected by １１月底 do not count (would-be sum 1.0); ２８６个 in the progress is the scope of the adviser rate: 100/100 = 1.0. Consultations and mediations have no target.")

# 12 法治宣传 (ordinary): events and audience answered, a completion share, two kinds of 明白人/带头人 summed
P = "前三季度"
row("县委依法治县办、县司法局、县普法办",
    "深入实施“八五”普法规划,全年开展“法律进万家”等主题法治宣传活动500场次以上,受众群众20万人次以上,新培育“法治带头人”“法律明白人”1500名。",
    "前三季度,全县共开展法治宣传进机关、进乡村、进社区、进学校、进企业、进单位活动438场次,完成年度目标的87.6%,受众群众17.4万人次;发放宣传资料8.6万份,通过“普法云课堂”线上推送普法短视频126期,累计播放量32.5万次;培育“法律明白人”1128名、“法治带头人”286名。",
    targets=[M("500场次", 500, "场次", "主题法治宣传活动", bound="min"),
             M("20万人次", 20, "万人次", "受众群众", bound="min"),
             M("1500名", 1500, "名", "新培育“法治带头人”“法律明白人”")],
    actuals=[M("438场次", 438, "场次", "法治宣传活动", period=P),
             M("87.6%", 87.6, "%", "完成年度目标的(比例)", period=P),
             M("17.4万人次", 17.4, "万人次", "受众群众", period=P),
             M("8.6万份", 8.6, "万份", "发放宣传资料", period=P),
             M("126期", 126, "期", "推送普法短视频", period=P),
             M("32.5万次", 32.5, "万次", "短视频累计播放量", period=P),
             M("1128名", 1128, "名", "培育“法律明白人”", period=P),
             M("286名", 286, "名", "培育“法治带头人”", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7", "a8"])],
    note="438/500 = 0.876 (the stated 87.6% is a share). 17.4/20 = 0.87. The two kinds named together in the target are reported separately: 1128 + 286 = 1414 (combine sum, 0.9427). “八五” and “法律进万家” are names; 万次 of plays is not the audience.")

# 13 平安村(社区) (hard): a share answered, 市级 new ones vs candidates awaiting naming, schools over, hospitals short
P = "截至9月底"
row("县委政法委(县平安办)、各乡镇(街道)",
    "深化平安细胞创建,平安村(社区)创建达标占比达到90%以上,新创建市级平安村(社区)20个、平安校园15所、平安医院5家。",
    "截至9月底,全县286个村(社区)中有264个通过县级平安村(社区)考评验收,占比92.3%;今年新增市级平安村(社区)14个,另有8个已上报市平安办,待年底考核命名;创建平安校园16所,平安医院3家,另有2家医院已通过县级初评。",
    targets=[M("90%", 90, "%", "平安村(社区)创建达标占比", bound="min"),
             M("20个", 20, "个", "新创建市级平安村(社区)"),
             M("15所", 15, "所", "平安校园"),
             M("5家", 5, "家", "平安医院")],
    actuals=[M("286个", 286, "个", "村(社区)(scope)", period=P),
             M("264个", 264, "个", "通过考评验收的平安村(社区)", period=P),
             M("92.3%", 92.3, "%", "平安村(社区)达标占比", period=P),
             M("14个", 14, "个", "今年新增市级平安村(社区)", period="今年"),
             M("8个", 8, "个", "已上报待命名市级平安村(社区)(candidates)"),
             M("16所", 16, "所", "创建平安校园"),
             M("3家", 3, "家", "创建平安医院"),
             M("2家", 2, "家", "通过县级初评医院(candidates)")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="92.3/90 = 1.0256 (264/286). 14/20 = 0.7; the 8 already submitted await the city's naming (would-be sum 1.1). 16/15 = 1.0667. 3/5 = 0.6; the 2 through a county first review are candidates (would-be 1.0). 年底 is a date.")

# 14 群众安全感 (status): a half-year survey (elapsed) answers; a full-year forecast does not; a rank left out
row("县委政法委、县公安局、县统计局",
    "群众安全感满意率达到98%以上,政法队伍执法满意度达到95%以上,平安建设群众知晓率达到90%。",
    "据省统计局民意调查中心上半年测评,全县群众安全感满意率为98.26%,较上年同期提高0.35个百分点,列全市第3位;政法队伍执法满意度为94.1%。三季度全县开展平安建设宣传月活动,经初步测算,预计全年平安建设群众知晓率可达到91%左右。",
    targets=[M("98%", 98, "%", "群众安全感满意率", bound="min"),
             M("95%", 95, "%", "政法队伍执法满意度", bound="min"),
             M("90%", 90, "%", "平安建设群众知晓率")],
    actuals=[M("98.26%", 98.26, "%", "群众安全感满意率", period="上半年"),
             M("0.35个百分点", 0.35, "个百分点", "满意率较上年同期提高", kind="growth", period="上半年"),
             M("94.1%", 94.1, "%", "政法队伍执法满意度", period="上半年"),
             M("91%", 91, "%", "预计全年平安建设群众知晓率(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="The 上半年 survey is a measurement of an elapsed period and answers: 98.26/98 = 1.0027; 94.1/95 = 0.9905 (满意度 just short). The awareness rate is only a full-year forecast (预计全年…左右): t3 unpaired (would-be 1.0111). 第3位 is a rank; 三季度 a period label.")

# 15 人民調解 (traditional): new committees vs ones being set up (nth: 6個 before 286個), a coverage only in words, two rates
row("縣司法局、縣人民法院、縣婦聯、各鄉鎮(街道)",
    "健全人民調解組織網絡,新建行業性專業性人民調解委員會8個,村(社區)人民調解委員會規範化建設達標率100%,人民調解成功率穩定在98%以上,調解協議履行率達到95%。",
    "今年以來,新建醫療糾紛、道路交通、婚姻家庭、物業等行業性專業性人民調解委員會6個,另有勞動爭議、知識產權2個調委會正在籌建;全縣286個村(社區)調委會全部完成規範化建設;1-9月,全縣各級人民調解組織共調解矛盾糾紛5126件,調解成功5048件,調解成功率98.5%,涉及金額1.82億元;調解協議履行率96.7%。",
    targets=[M("8個", 8, "個", "新建行業性專業性人民調解委員會"),
             M("100%", 100, "%", "村(社區)調委會規範化建設達標率"),
             M("98%", 98, "%", "人民調解成功率", bound="min"),
             M("95%", 95, "%", "調解協議履行率")],
    actuals=[M("6個", 6, "個", "新建行業性專業性人民調解委員會", nth=0, period="今年以來"),
             M("2個", 2, "個", "正在籌建調委會", period="今年以來"),
             M("286個", 286, "個", "村(社區)調委會(scope)"),
             M("5126件", 5126, "件", "調解矛盾糾紛", period="1-9月"),
             M("5048件", 5048, "件", "調解成功", period="1-9月"),
             M("98.5%", 98.5, "%", "調解成功率", period="1-9月"),
             M("1.82億元", 1.82, "億元", "調解涉及金額", period="1-9月"),
             M("96.7%", 96.7, "%", "調解協議履行率", period="1-9月")],
    pairs=[("t1", ["a1"]), ("t3", ["a6"]), ("t4", ["a8"])],
    note="Traditional characters. 6/8 = 0.75; the 2 being set up do not count (would-be sum 1.0). The 規範化 rate is reported only in words (全部完成 for the 286): t2 unpaired (would-be 1.0). 98.5/98 = 1.0051; 96.7/95 = 1.0179. '6個' nth 1 lies inside '286個'.")

# 16 道路交通 (hard): 分别 in the progress order (reverse of the task's), a length short with its completion share
P = "1-9月"
row("县公安局交通管理大队、县交通运输局、县应急管理局",
    "道路交通事故死亡人数同比下降5%以上,亡人交通事故起数下降3%,坚决遏制较大及以上道路交通事故,完成农村公路临水临崖路段安全防护设施建设80公里。",
    "1-9月,全县共发生道路交通亡人事故38起、死亡41人,同比分别下降9.5%、12.8%,未发生较大及以上道路交通事故;新建农村公路波形护栏、防撞墩等安全防护设施72.6公里,完成年度任务的90.8%,剩余路段正在施工。",
    targets=[M("5%", 5, "%", "道路交通事故死亡人数", kind="reduction", bound="min"),
             M("3%", 3, "%", "亡人交通事故起数", kind="reduction"),
             M("80公里", 80, "公里", "临水临崖路段安全防护设施建设")],
    actuals=[M("38起", 38, "起", "道路交通亡人事故", period=P),
             M("41人", 41, "人", "道路交通事故死亡", period=P),
             M("9.5%", 9.5, "%", "亡人事故起数同比下降", kind="reduction", period=P),
             M("12.8%", 12.8, "%", "死亡人数同比下降", kind="reduction", period=P),
             M("72.6公里", 72.6, "公里", "新建安全防护设施", period=P),
             M("90.8%", 90.8, "%", "完成年度任务的(比例)", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="分别 follows the progress order (事故起数, 死亡人数), the reverse of the task's: deaths 12.8/5 = 2.56, fatal accidents 9.5/3 = 3.1667. 72.6/80 = 0.9075 (the 90.8% is a share). 遏制较大及以上事故 has no number; 未发生 answers in words.")

# 17 火灾隐患 (hard): a 万处 count answered, a 销案率 given only as counts, a death cap kept
P = "今年以来"
row("县消防救援大队、县应急管理局、县住房城乡建设局、各乡镇(街道)",
    "深化火灾隐患排查整治,全年排查整改火灾隐患1.2万处以上,重大火灾隐患整改销案率100%,火灾亡人数控制在3人以内,较大及以上火灾事故零发生。",
    "今年以来,累计检查社会单位和场所8650家次,督促整改火灾隐患1.36万处;挂牌督办的重大火灾隐患7处已整改销案5处,其余2处正在落实整改;全县共发生火灾事故186起,死亡2人,未发生较大及以上火灾事故。",
    targets=[M("1.2万处", 1.2, "万处", "排查整改火灾隐患", bound="min"),
             M("100%", 100, "%", "重大火灾隐患整改销案率"),
             M("3人", 3, "人", "火灾亡人数", bound="max")],
    actuals=[M("8650家次", 8650, "家次", "检查社会单位和场所", period=P),
             M("1.36万处", 1.36, "万处", "督促整改火灾隐患", period=P),
             M("7处", 7, "处", "挂牌督办重大火灾隐患(scope)", period=P),
             M("5处", 5, "处", "已整改销案重大隐患", period=P),
             M("2处", 2, "处", "正在整改重大隐患", period=P),
             M("186起", 186, "起", "发生火灾事故", period=P),
             M("2人", 2, "人", "火灾死亡", period=P)],
    pairs=[("t1", ["a2"]), ("t3", ["a7"])],
    note="1.36/1.2 = 1.1333. The 销案率 is not stated; 5 of 7 closed gives 71.4% (would-be 0.7143): a rate target answered only by counts, unpaired. The death cap is kept: 2/3 = 0.6667. 零发生 has no number; 未发生 answers in words.")

# 18 雪亮工程 (changed target): points against the original target, a forecast remainder, two rates, a completion share
P = "截至9月底"
row("县委政法委、县公安局、县大数据发展中心",
    "推进“雪亮工程”提质扩面,新建改造公共视频监控点位800路,重点公共区域视频监控覆盖率和联网率分别达到100%、95%以上,建设人脸识别智能感知前端120个。",
    "因部分点位与智慧安防小区建设合并实施,新建改造点位年度任务调整为700路。截至9月底,新建改造高清视频监控点位620路并全部接入县视频共享平台,另有80路已完成立杆和光缆敷设,预计10月底前调试联网;全县重点公共区域视频监控覆盖率100%,联网率96.8%;建成人脸识别智能感知前端96个,完成年度目标的80%。",
    targets=[M("800路", 800, "路", "新建改造公共视频监控点位"),
             M("100%", 100, "%", "重点公共区域视频监控覆盖率"),
             M("95%", 95, "%", "重点公共区域视频监控联网率", bound="min"),
             M("120个", 120, "个", "人脸识别智能感知前端")],
    actuals=[M("700路", 700, "路", "调整后年度任务(changed target)"),
             M("620路", 620, "路", "新建改造高清视频监控点位", period=P),
             M("80路", 80, "路", "已立杆敷设待联网点位(forecast)", period=P),
             M("100%", 100, "%", "重点公共区域视频监控覆盖率", period=P),
             M("96.8%", 96.8, "%", "联网率", period=P),
             M("96个", 96, "个", "建成人脸识别智能感知前端", period=P),
             M("80%", 80, "%", "完成年度目标的(比例)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="The target was changed to 700路; the ratio stays against the original: 620/800 = 0.775 (against 700: 0.8857); the 80路 expected by 10月底 do not count. 分别 maps 100% to 覆盖率 (1.0) and 95%以上 to 联网率 (以上 binds to 95% only): 96.8/95 = 1.0189. 96/120 = 0.8 (the stated 80% is a share).")

# 19 见义勇为 (Chinese numerals): persons confirmed vs candidates, funds raised vs paid out, a coverage only in words
P = "今年以来"
row("县见义勇为基金会、县委政法委、县公安局、县退役军人事务局",
    "加强见义勇为工作,全年评审确认见义勇为人员十名以上,筹集见义勇为基金五十万元,见义勇为人员困难帮扶覆盖率达到百分之百。",
    "今年以来,经评审确认见义勇为人员八名,其中见义勇为英雄一名,另有三名事迹材料已报县评审委员会待审;县见义勇为基金会新筹集基金四十二万元,发放奖励慰问金二十六点五万元;对全县登记在册的三十四名生活困难的见义勇为人员逐一走访慰问,落实帮扶措施,实现应帮尽帮。",
    targets=[M("十名", 10, "名", "评审确认见义勇为人员", bound="min"),
             M("五十万元", 50, "万元", "筹集见义勇为基金"),
             M("百分之百", 100, "%", "见义勇为人员困难帮扶覆盖率")],
    actuals=[M("八名", 8, "名", "评审确认见义勇为人员", period=P),
             M("一名", 1, "名", "见义勇为英雄", period=P),
             M("三名", 3, "名", "事迹待审人员(candidates)", period=P),
             M("四十二万元", 42, "万元", "新筹集基金", period=P),
             M("二十六点五万元", 26.5, "万元", "发放奖励慰问金", period=P),
             M("三十四名", 34, "名", "生活困难见义勇为人员(scope)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Chinese numerals. 8/10 = 0.8; the 3 awaiting review are candidates (would-be sum 1.1). Funds raised 42/50 = 0.84; the 26.5万元 paid out is another measure. The coverage (百分之百 = 100%) is answered only in words (应帮尽帮 for the 34): unpaired (would-be 1.0).")

# 20 扫黑除恶 (hard): a rate answered, 集团 + 团伙 summed for 团伙, an asset amount where the target is a rate
P = "今年以来"
row("县扫黑除恶斗争领导小组办公室、县公安局、县人民检察院、县人民法院",
    "推进扫黑除恶常态化,涉黑涉恶线索办结率达到95%以上,打掉涉恶犯罪团伙3个以上,“打财断血”涉案资产查处到位率达到90%。",
    "今年以来,县扫黑办共接收上级交办、群众举报涉黑涉恶线索138条,已办结127条,办结率92%;其中经核查属实立案侦办11条,打掉涉恶犯罪集团1个、恶势力犯罪团伙2个,抓获犯罪嫌疑人27名,查封、扣押、冻结涉案资产1860万元。",
    targets=[M("95%", 95, "%", "涉黑涉恶线索办结率", bound="min"),
             M("3个", 3, "个", "打掉涉恶犯罪团伙", bound="min"),
             M("90%", 90, "%", "涉案资产查处到位率")],
    actuals=[M("138条", 138, "条", "接收涉黑涉恶线索", period=P),
             M("127条", 127, "条", "已办结线索", period=P),
             M("92%", 92, "%", "线索办结率", period=P),
             M("11条", 11, "条", "立案侦办线索", period=P),
             M("1个", 1, "个", "打掉涉恶犯罪集团", period=P),
             M("2个", 2, "个", "打掉恶势力犯罪团伙", period=P),
             M("27名", 27, "名", "抓获犯罪嫌疑人", period=P),
             M("1860万元", 1860, "万元", "查封扣押冻结涉案资产", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5", "a6"])],
    note="92/95 = 0.9684. A 涉恶犯罪团伙 target counts both 恶势力犯罪集团 and 恶势力犯罪团伙: 1 + 2 = 3 (combine sum, 1.0). The 到位率 is not stated; 1860万元 seized is an amount without base: unpaired. “打财断血” is a slogan.")

# 21 民主法治示范村 (nothing answers): 各3个 over two levels, only candidates recommended, the county share not yet reported
row("县司法局、县民政局、各乡镇(街道)",
    "深化民主法治示范村(社区)创建,新增省级、市级民主法治示范村(社区)各3个以上,县级民主法治示范村(社区)占比达到60%。",
    "经乡镇(街道)初审、县级复核,已向省司法厅推荐省级民主法治示范村(社区)4个,向市司法局推荐市级民主法治示范村(社区)6个,目前正在组织实地评估;县级民主法治示范村(社区)评选工作计划于11月启动,届时将新命名一批县级示范村(社区)。",
    targets=[M("各3个", 3, "个", "新增省级民主法治示范村(社区)", bound="min"),
             M("各3个", 3, "个", "新增市级民主法治示范村(社区)", bound="min"),
             M("60%", 60, "%", "县级民主法治示范村(社区)占比")],
    actuals=[M("4个", 4, "个", "推荐省级民主法治示范村(社区)(candidates)"),
             M("6个", 6, "个", "推荐市级民主法治示范村(社区)(candidates)")],
    note="Nothing answers. 各3个以上 over two levels is two min targets on one span. The 4 provincial and 6 city villages are only recommended and under evaluation (would-be 1.3333 and 2.0); the county selection starts in 11月 (届时将… is a plan; 一批 states no amount).")

# 22 消防力量 (traditional, ordinary): new stations vs the stock, teams only in words, chargers and ports short (nth: 12個 inside 312個)
P = "截至9月底"
row("縣消防救援大隊、縣住房城鄉建設局、縣市場監督管理局、各鄉鎮(街道)",
    "鞏固提升基層消防力量,新建社區(村)微型消防站40個,鄉鎮專職消防隊建成率達到100%;新建住宅小區電動自行車集中充電設施200處,新增充電端口5000個以上。",
    "截至9月底,新建社區(村)微型消防站43個,全縣微型消防站總數達到312個;12個鄉鎮專職消防隊已全部組建到位,配備消防車26輛、專職消防員138名;住宅小區電動自行車集中充電設施建成168處,新增充電端口4620個,其中智能充電端口3850個;整治電動自行車“飛線充電”問題1246處。",
    targets=[M("40個", 40, "個", "新建社區(村)微型消防站"),
             M("100%", 100, "%", "鄉鎮專職消防隊建成率"),
             M("200處", 200, "處", "新建電動自行車集中充電設施"),
             M("5000個", 5000, "個", "新增充電端口", bound="min")],
    actuals=[M("43個", 43, "個", "新建微型消防站", period=P),
             M("312個", 312, "個", "微型消防站總數(stock)", period=P),
             M("12個", 12, "個", "鄉鎮專職消防隊(scope)", nth=1, period=P),
             M("26輛", 26, "輛", "配備消防車", period=P),
             M("138名", 138, "名", "專職消防員", period=P),
             M("168處", 168, "處", "建成集中充電設施", period=P),
             M("4620個", 4620, "個", "新增充電端口", period=P),
             M("3850個", 3850, "個", "智能充電端口", period=P),
             M("1246處", 1246, "處", "整治“飛線充電”問題", period=P)],
    pairs=[("t1", ["a1"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="Traditional characters. 43/40 = 1.075; the stock 312個 does not answer (would-be 7.8). The team rate is answered only in words (全部組建到位 for the 12 towns): unpaired (would-be 1.0). 168/200 = 0.84; 4620/5000 = 0.924 (3850 智能 is a part). '12個' nth 0 lies inside '312個'.")

# 23 治安警情 (hard): a fall answered, a rise for a falling target (signed), all-alerts growth is broader; 110 is a name
P = "1-9月"
row("县公安局(指挥中心)、各派出所",
    "强化社会治安整体防控,110接处警有效处置率达到100%,刑事治安警情同比下降8%,盗窃类警情下降10%,城区重点部位见警率不低于80%。",
    "1-9月,县公安局指挥中心共接报各类警情28640起,同比上升2.6%,其中刑事治安警情4382起,同比下降9.4%;盗窃类警情1626起,同比上升4.1%,主要是电动车、农用物资盗窃有所抬头,已部署开展专项打击;有效警情全部按规定及时处置;城区设置巡逻防控点位42个,日均投入巡逻警力260人次,重点部位见警率达到85%。",
    targets=[M("100%", 100, "%", "110接处警有效处置率"),
             M("8%", 8, "%", "刑事治安警情", kind="reduction"),
             M("10%", 10, "%", "盗窃类警情", kind="reduction"),
             M("80%", 80, "%", "城区重点部位见警率", bound="min")],
    actuals=[M("28640起", 28640, "起", "接报各类警情", period=P),
             M("2.6%", 2.6, "%", "各类警情同比上升", kind="growth", period=P),
             M("4382起", 4382, "起", "刑事治安警情", period=P),
             M("9.4%", 9.4, "%", "刑事治安警情同比下降", kind="reduction", period=P),
             M("1626起", 1626, "起", "盗窃类警情", period=P),
             M("4.1%", 4.1, "%", "盗窃类警情同比上升", kind="growth", period=P),
             M("42个", 42, "个", "城区巡逻防控点位"),
             M("260人次", 260, "人次", "日均投入巡逻警力"),
             M("85%", 85, "%", "重点部位见警率")],
    pairs=[("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a9"])],
    note="9.4/8 = 1.175. Thefts rose 4.1% against a 10% fall target: a growth answering a reduction, signed ratio -0.41. The 2.6% rise of all alerts is broader. The 处置率 is answered only in words (全部按规定及时处置): unpaired. 85/80 = 1.0625. 110 is the name of the service.")

# 24 校园安全 (full-width digits): two 100% targets (nth), guard posts over target, rounds of checks
row("县教育局、县公安局、县市场监督管理局",
    "加强校园及周边安全,中小学幼儿园专职保安员配备率达到１００％,“一键式”紧急报警和视频监控系统与公安机关联网率保持１００％,设置“护学岗”１２０个,开展校园安全隐患排查２轮以上。",
    "全县１２６所中小学幼儿园共配备专职保安员４１８名,配备率１００％;一键式紧急报警和视频监控系统联网率１００％;设置“护学岗”１２６个,每日上下学高峰时段投入警力和护学力量５２０人次;春季、秋季开学前后开展校园安全隐患排查２轮,排查整改隐患２３６处。",
    targets=[M("１００％", 100, "%", "专职保安员配备率", nth=0),
             M("１００％", 100, "%", "紧急报警和视频监控系统联网率", nth=1),
             M("１２０个", 120, "个", "设置“护学岗”"),
             M("２轮", 2, "轮", "校园安全隐患排查", bound="min")],
    actuals=[M("１２６所", 126, "所", "中小学幼儿园(scope)"),
             M("４１８名", 418, "名", "配备专职保安员"),
             M("１００％", 100, "%", "专职保安员配备率", nth=0),
             M("１００％", 100, "%", "紧急报警和视频监控系统联网率", nth=1),
             M("１２６个", 126, "个", "设置“护学岗”"),
             M("５２０人次", 520, "人次", "每日投入警力和护学力量"),
             M("２轮", 2, "轮", "校园安全隐患排查"),
             M("２３６处", 236, "处", "排查整改隐患")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="Full-width digits. 100/100 = 1.0 twice (nth keeps the two rates apart). 126/120 = 1.05 (１２６所 schools and １２６个 posts are different measures). 2/2 = 1.0. 一键式 is a name.")

# 25 反诈宣传 (unit inferred): new users answer with 万人 inferred, the stock beside; events and coverage answered
P = "今年以来"
row("县公安局、县反诈中心、县教育局、各乡镇(街道)",
    "推进全民反诈宣传,新增国家反诈中心APP注册用户8万人以上,开展反诈宣传活动1000场次,入户宣传覆盖率达到95%。",
    "今年以来,全县新增国家反诈中心APP注册用户9.26万,累计注册用户达38.4万,注册率62.7%;组织民警、辅警、网格员开展反诈宣传进社区、进校园、进企业活动1124场次,发放宣传资料21.5万份;通过入户走访宣传覆盖家庭13.8万户,覆盖率96.2%。",
    targets=[M("8万人", 8, "万人", "新增国家反诈中心APP注册用户", bound="min"),
             M("1000场次", 1000, "场次", "反诈宣传活动"),
             M("95%", 95, "%", "入户宣传覆盖率")],
    actuals=[M("9.26万", 9.26, "万人", "新增APP注册用户", period=P, unit_inferred=True),
             M("38.4万", 38.4, "万人", "累计注册用户(stock)", period=P, unit_inferred=True),
             M("62.7%", 62.7, "%", "注册率", period=P),
             M("1124场次", 1124, "场次", "反诈宣传活动", period=P),
             M("21.5万份", 21.5, "万份", "发放宣传资料", period=P),
             M("13.8万户", 13.8, "万户", "入户走访覆盖家庭", period=P),
             M("96.2%", 96.2, "%", "入户宣传覆盖率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="9.26万 and 38.4万 carry no unit; the reader infers 万人 (users). 9.26/8 = 1.1575; the stock 38.4万 does not answer a 新增 target. 1124/1000 = 1.124; 96.2/95 = 1.0126. APP is a word.")

# 26 非法集资 (restated target): the restated 30% does not answer, the realised rate does; 分别 over two falls; events answered
row("县金融工作服务中心(县处非办)、县公安局、县市场监督管理局",
    "稳妥处置非法集资风险,存量涉非法集资案件资金清退率达到30%以上,新发非法集资案件数、涉案金额实现“双下降”,开展防范非法集资宣传活动30场以上。",
    "年初确定的清退率30%的目标任务已分解到各责任单位。截至9月底,全县存量涉非案件共清退集资款1.34亿元,资金清退率27.6%,较上年末提高6.2个百分点;前三季度新立非法集资案件3起、涉案金额2860万元,同比分别下降40%、55.3%;开展防范非法集资集中宣传活动36场,发放资料4.2万份。",
    targets=[M("30%", 30, "%", "存量涉非法集资案件资金清退率", bound="min"),
             M("30场", 30, "场", "防范非法集资宣传活动", bound="min")],
    actuals=[M("30%", 30, "%", "年初确定的清退率目标(restated target)"),
             M("1.34亿元", 1.34, "亿元", "清退集资款", period="截至9月底"),
             M("27.6%", 27.6, "%", "资金清退率", period="截至9月底"),
             M("6.2个百分点", 6.2, "个百分点", "清退率较上年末提高", kind="growth", period="截至9月底"),
             M("3起", 3, "起", "新立非法集资案件", period="前三季度"),
             M("2860万元", 2860, "万元", "新发案件涉案金额", period="前三季度"),
             M("40%", 40, "%", "新立案件数同比下降", kind="reduction", period="前三季度"),
             M("55.3%", 55.3, "%", "涉案金额同比下降", kind="reduction", period="前三季度"),
             M("36场", 36, "场", "防范非法集资宣传活动", period="前三季度"),
             M("4.2万份", 4.2, "万份", "发放资料", period="前三季度")],
    pairs=[("t1", ["a3"]), ("t2", ["a9"])],
    note="The restated 30% is an actual that does not answer; 27.6/30 = 0.92. “双下降” is a target only in words; the two falls (分别 40%, 55.3%) answer it in words. 36/30 = 1.2.")

# 27 行政应诉 (count vs rate): a cap answered by a rate; 出庭应诉 and 复议 only as counts (nth: 94件 before 94件次, 5件 before 15件)
P = "1-9月"
row("县司法局、县人民法院、县直各行政执法部门",
    "提升行政机关依法应诉水平,行政机关负责人出庭应诉率达到100%,行政诉讼案件败诉率控制在8%以内,行政复议案件按期办结率100%。",
    "1-9月,全县行政机关作为被告的一审行政诉讼案件开庭审理94件,行政机关负责人出庭应诉94件次;审结行政诉讼案件81件,其中行政机关败诉5件,败诉率6.2%;县政府行政复议机构收到行政复议申请132件,受理118件,已审结103件,其余15件均在法定期限内审理中。",
    targets=[M("100%", 100, "%", "行政机关负责人出庭应诉率", nth=0),
             M("8%", 8, "%", "行政诉讼案件败诉率", bound="max"),
             M("100%", 100, "%", "行政复议案件按期办结率", nth=1)],
    actuals=[M("94件", 94, "件", "开庭审理行政诉讼案件", nth=0, period=P),
             M("94件次", 94, "件次", "负责人出庭应诉", period=P),
             M("81件", 81, "件", "审结行政诉讼案件", period=P),
             M("5件", 5, "件", "行政机关败诉", nth=0, period=P),
             M("6.2%", 6.2, "%", "败诉率", period=P),
             M("132件", 132, "件", "收到行政复议申请", period=P),
             M("118件", 118, "件", "受理行政复议", period=P),
             M("103件", 103, "件", "审结行政复议", period=P),
             M("15件", 15, "件", "法定期限内审理中", period=P)],
    pairs=[("t2", ["a5"])],
    note="The cap is kept: 6.2/8 = 0.775 (5/81). 出庭应诉率 is given only as counts (94 of 94, would-be 1.0) and the 复议 按期办结率 only as counts with the rest 均在法定期限内 in words: both unpaired. 一审 is a court level.")

# 28 诉源治理 (hard): a per-10,000 cap answered by the three-quarter rate, a mediation rate, a fall in filings
P = "前三季度"
row("县人民法院、县委政法委、县司法局",
    "深化诉源治理,万人成讼率控制在95件以下,诉前调解成功率达到40%以上,一审民商事案件收案数同比下降5%。",
    "前三季度,县法院新收一审民商事案件4126件,同比下降7.8%;诉前委派调解案件3218件,调解成功1384件,诉前调解成功率43%;据初步统计,全县万人成讼率约为62.4件,较上年同期下降9.6件。",
    targets=[M("95件", 95, "件", "万人成讼率", bound="max"),
             M("40%", 40, "%", "诉前调解成功率", bound="min"),
             M("5%", 5, "%", "一审民商事案件收案数", kind="reduction")],
    actuals=[M("4126件", 4126, "件", "新收一审民商事案件", period=P),
             M("7.8%", 7.8, "%", "收案数同比下降", kind="reduction", period=P),
             M("3218件", 3218, "件", "诉前委派调解案件", period=P),
             M("1384件", 1384, "件", "诉前调解成功", period=P),
             M("43%", 43, "%", "诉前调解成功率", period=P),
             M("62.4件", 62.4, "件", "万人成讼率(初步统计)", period=P),
             M("9.6件", 9.6, "件", "万人成讼率较上年同期下降", kind="reduction", period=P)],
    pairs=[("t1", ["a6"]), ("t2", ["a5"]), ("t3", ["a2"])],
    note="万人成讼率 is cases per 10,000 residents (the 万人 is the basis, not a quantity). The three-quarter figure, an estimate for an elapsed period (约 is not a bound), answers the annual cap as progress so far: 62.4/95 = 0.6568. 43/40 = 1.075 (1384/3218). 7.8/5 = 1.56. The absolute fall 9.6件 has no target.")

# 29 嚴重精神障礙患者 (traditional, ordinary): a management rate and a subsidy rate; counts and money beside
P = "截至9月底"
row("縣衛生健康局、縣公安局、縣民政局、縣殘聯",
    "加強嚴重精神障礙患者服務管理,在冊患者規範管理率達到92%以上,監護補助落實率100%,肇事肇禍案件零發生。",
    "截至9月底,全縣在冊嚴重精神障礙患者2364名,規範管理2198名,規範管理率93%,服藥率91.4%;為1862名符合條件的患者監護人發放以獎代補監護補助資金223.4萬元,落實率100%;今年以來未發生嚴重精神障礙患者肇事肇禍案件。",
    targets=[M("92%", 92, "%", "在冊患者規範管理率", bound="min"),
             M("100%", 100, "%", "監護補助落實率")],
    actuals=[M("2364名", 2364, "名", "在冊嚴重精神障礙患者", period=P),
             M("2198名", 2198, "名", "規範管理患者", period=P),
             M("93%", 93, "%", "規範管理率", period=P),
             M("91.4%", 91.4, "%", "服藥率", period=P),
             M("1862名", 1862, "名", "發放監護補助的監護人", period=P),
             M("223.4萬元", 223.4, "萬元", "監護補助資金", period=P),
             M("100%", 100, "%", "監護補助落實率", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a7"])],
    note="Traditional characters. 93/92 = 1.0109 (2198/2364); 100/100 = 1.0. The medication rate and the money have no target; 零發生 has no number and is answered in words.")

# 30 智慧安防小区 (nothing answers): surveyed, selected and tendered compounds; designs only
row("县公安局、县住房城乡建设局、县委政法委",
    "建成智慧安防小区30个,城区新建商品住宅小区智慧安防设施同步设计、同步建设、同步验收,完成老旧小区技防改造50个。",
    "已完成城区112个住宅小区(建筑面积约486万平方米)的技防现状摸底,确定首批智慧安防小区建设点位34个,其中18个已完成设备采购招标,正在进场施工,预计12月底前完成建设并组织验收;老旧小区技防改造纳入今年老旧小区改造项目统一实施,已完成设计方案编制52个,待施工单位进场。",
    targets=[M("30个", 30, "个", "建成智慧安防小区"),
             M("50个", 50, "个", "完成老旧小区技防改造")],
    actuals=[M("112个", 112, "个", "技防现状摸底住宅小区"),
             M("486万平方米", 486, "万平方米", "摸底小区建筑面积"),
             M("34个", 34, "个", "确定智慧安防小区建设点位(selected)"),
             M("18个", 18, "个", "已招标正在施工小区"),
             M("52个", 52, "个", "完成设计方案编制的老旧小区")],
    note="Nothing answers: no compound is built yet. 34 selected sites (would-be 1.1333) and 18 under construction (would-be 0.6) are not 建成; the 52 designs await the builders (would-be 1.04); 486万平方米 is the surveyed floor area. 首批 is an ordinal; 12月底 a date.")

# 31 派出所 (Chinese numerals): the restated scope, two finished buildings, posts over target, a station under public notice
row("县公安局、县发展改革局、县财政局",
    "推进基层所队规范化建设,新建改建乡镇派出所业务用房三所,建成城乡智慧警务室二十个,创建“枫桥式公安派出所”两个。",
    "三所派出所业务用房中,城关、新塘两所已竣工投入使用,总建筑面积四千六百平方米,龙口派出所主体结构完工,正在进行内部装修;建成智慧警务室二十二个,配备警务助理六十六名;城关派出所已通过省公安厅“枫桥式公安派出所”评审,正在公示。",
    targets=[M("三所", 3, "所", "新建改建乡镇派出所业务用房"),
             M("二十个", 20, "个", "建成城乡智慧警务室"),
             M("两个", 2, "个", "创建“枫桥式公安派出所”")],
    actuals=[M("三所", 3, "所", "派出所业务用房(scope, restated)"),
             M("两所", 2, "所", "已竣工投用业务用房"),
             M("四千六百平方米", 4600, "平方米", "竣工用房总建筑面积"),
             M("二十二个", 22, "个", "建成智慧警务室"),
             M("六十六名", 66, "名", "配备警务助理")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Chinese numerals. 三所 restates the scope; 2/3 = 0.6667, 龙口 is still being fitted out. 22/20 = 1.1. One station is under public notice after the review, a candidate: t3 unpaired (would-be 0.5, the station is named without a number). The floor area has no target.")

# 32 安置帮教 (count vs rate): the bases answered; 衔接率 only in words, 安置率 only as counts
P = "今年以来"
row("县司法局、县公安局、县人力资源社会保障局、各乡镇(街道)",
    "做好刑满释放人员安置帮教工作,刑满释放人员衔接率达到100%,安置帮教率达到95%以上,新建过渡性安置帮教基地3个。",
    "今年以来,共接收刑满释放人员衔接信息216条,已全部落实衔接,其中必接必送对象19名均由司法所会同派出所接回;已安置帮教206名,通过就业技能培训推荐就业78名;新建过渡性安置帮教基地2个,另有1个基地已完成选址。",
    targets=[M("100%", 100, "%", "刑满释放人员衔接率"),
             M("95%", 95, "%", "安置帮教率", bound="min"),
             M("3个", 3, "个", "新建过渡性安置帮教基地")],
    actuals=[M("216条", 216, "条", "接收刑满释放人员衔接信息", period=P),
             M("19名", 19, "名", "必接必送对象", period=P),
             M("206名", 206, "名", "已安置帮教", period=P),
             M("78名", 78, "名", "推荐就业", period=P),
             M("2个", 2, "个", "新建过渡性安置帮教基地", period=P),
             M("1个", 1, "个", "已完成选址基地", period=P)],
    pairs=[("t3", ["a5"])],
    note="The 衔接率 is answered only in words (已全部落实衔接, would-be 1.0) and the 安置帮教率 only by counts (206 of 216 = 95.4%, would-be 1.0039): both unpaired. 2/3 = 0.6667; the one only sited does not count.")

# 33 劝导站 (full-width digits): this year's new stations vs the stock, staff total, a growth answered in kind
P = "截至９月底"
row("县公安局交通管理大队、各乡镇人民政府",
    "完善农村道路交通安全管理体系,新建农村交通安全劝导站６０个,配备交通安全劝导员３００名以上,查处酒驾醉驾违法行为同比增长１０％。",
    "截至９月底,新建农村交通安全劝导站５８个,累计建成３２６个,配备劝导员３４０名,今年以来劝导纠正农村交通违法行为２．３６万起;查处酒驾醉驾违法行为１２８６起,同比增长１８．４％,其中醉驾２１２起;查处“三超一疲劳”等其他严重交通违法行为５１４０起。",
    targets=[M("６０个", 60, "个", "新建农村交通安全劝导站"),
             M("３００名", 300, "名", "配备交通安全劝导员", bound="min"),
             M("１０％", 10, "%", "查处酒驾醉驾违法行为同比增长", kind="growth")],
    actuals=[M("５８个", 58, "个", "新建农村交通安全劝导站", period=P),
             M("３２６个", 326, "个", "累计建成劝导站(stock)", period=P),
             M("３４０名", 340, "名", "配备劝导员", period=P),
             M("２．３６万起", 2.36, "万起", "劝导纠正农村交通违法行为", period="今年以来"),
             M("１２８６起", 1286, "起", "查处酒驾醉驾违法行为", period=P),
             M("１８．４％", 18.4, "%", "查处酒驾醉驾同比增长", kind="growth", period=P),
             M("２１２起", 212, "起", "查处醉驾", period=P),
             M("５１４０起", 5140, "起", "查处其他严重交通违法行为", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="Full-width digits. 58/60 = 0.9667; the stock ３２６个 does not answer. 340/300 = 1.1333 (a staffing level). Growth 18.4/10 = 1.84. “三超一疲劳” is a name; the other violations are another measure.")

# 34 法律明白人 (hard): per-village targets answered by the stated per-village averages, not by county totals
row("县司法局、县农业农村局、各乡镇(街道)",
    "实施乡村“法律明白人”培养工程,每个村(社区)培养“法律明白人”不少于3名,“法律明白人”骨干培训率达到100%,村(社区)法律顾问每月到村服务不少于1次。",
    "全县286个村(社区)累计培养“法律明白人”1014名,平均每个村(社区)3.5名;开展骨干培训12期,培训“法律明白人”骨干862人次;村(社区)法律顾问今年以来累计到村服务3120次,平均每村每月1.2次。",
    targets=[M("3名", 3, "名", "每个村(社区)培养“法律明白人”", bound="min"),
             M("100%", 100, "%", "“法律明白人”骨干培训率"),
             M("1次", 1, "次", "法律顾问每月到村服务", bound="min")],
    actuals=[M("286个", 286, "个", "村(社区)(scope)"),
             M("1014名", 1014, "名", "累计培养“法律明白人”"),
             M("3.5名", 3.5, "名", "平均每个村(社区)“法律明白人”"),
             M("12期", 12, "期", "骨干培训"),
             M("862人次", 862, "人次", "培训“法律明白人”骨干"),
             M("3120次", 3120, "次", "法律顾问累计到村服务", period="今年以来"),
             M("1.2次", 1.2, "次", "平均每村每月到村服务", period="今年以来")],
    pairs=[("t1", ["a3"]), ("t3", ["a7"])],
    note="Per-village targets are answered by the per-village averages: 3.5/3 = 1.1667 and 1.2/1 = 1.2; the county totals 1014名 and 3120次 do not answer them. The training rate has no base (862人次 of an unstated number of 骨干): unpaired.")

# 35 群防群治 (traditional): a total answered by the cumulative stock (the increment does not), teams over, patrols short
row("縣委政法委、縣公安局、團縣委、各鄉鎮(街道)",
    "壯大群防群治力量,註冊平安志願者總數達到2萬人以上,組建“紅袖標”巡邏隊伍120支,群防群治隊伍參與巡防不少於15萬人次。",
    "今年以來,全縣新增註冊平安志願者6380人,累計達到2.14萬人;組建“紅袖標”平安巡邏隊132支、隊員4260人;前三季度群防群治隊伍累計參與巡防11.6萬人次,協助破獲案件37起,調處糾紛612起。",
    targets=[M("2萬人", 2, "萬人", "註冊平安志願者總數", bound="min"),
             M("120支", 120, "支", "組建“紅袖標”巡邏隊伍"),
             M("15萬人次", 15, "萬人次", "群防群治隊伍參與巡防", bound="min")],
    actuals=[M("6380人", 6380, "人", "新增註冊平安志願者", period="今年以來"),
             M("2.14萬人", 2.14, "萬人", "累計註冊平安志願者", period="今年以來"),
             M("132支", 132, "支", "組建“紅袖標”平安巡邏隊", period="今年以來"),
             M("4260人", 4260, "人", "巡邏隊隊員", period="今年以來"),
             M("11.6萬人次", 11.6, "萬人次", "參與巡防", period="前三季度"),
             M("37起", 37, "起", "協助破獲案件", period="前三季度"),
             M("612起", 612, "起", "調處糾紛", period="前三季度")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. The target is a total (總數), so the cumulative 2.14萬人 answers: 1.07; this year's 6380人 does not (would-be 0.319). 132/120 = 1.1. 11.6/15 = 0.7733.")

# 36 道路隐患 (hard): the restated scope with the rest planned, 整治 (not 排查) answers 排查整治, crossings with some in construction
row("县交通运输局、县公安局交通管理大队、县应急管理局",
    "开展道路交通安全隐患排查治理,完成省市挂牌督办隐患点段整治15处,排查整治县乡道安全隐患点段200处以上,改造平交路口120个。",
    "省市挂牌督办的15处隐患点段已完成整治12处,其余3处涉及线形改造,已完成设计,计划年底前完工;前三季度排查县乡道安全隐患点段236处,完成整治184处,其中增设警示标志标牌1260块、减速带386条;完成平交路口改造96个,另有24个正在施工。",
    targets=[M("15处", 15, "处", "省市挂牌督办隐患点段整治"),
             M("200处", 200, "处", "排查整治县乡道安全隐患点段", bound="min"),
             M("120个", 120, "个", "改造平交路口")],
    actuals=[M("15处", 15, "处", "挂牌督办隐患点段(scope, restated)"),
             M("12处", 12, "处", "已完成整治督办点段"),
             M("3处", 3, "处", "计划年底前完工点段"),
             M("236处", 236, "处", "排查县乡道安全隐患点段", period="前三季度"),
             M("184处", 184, "处", "完成整治县乡道隐患点段", period="前三季度"),
             M("1260块", 1260, "块", "增设警示标志标牌", period="前三季度"),
             M("386条", 386, "条", "增设减速带", period="前三季度"),
             M("96个", 96, "个", "完成平交路口改造", period="前三季度"),
             M("24个", 24, "个", "正在施工平交路口", period="前三季度")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a8"])],
    note="12/15 = 0.8 (15处 restates the scope; the 3 planned by 年底 do not count). 排查整治 is met by the stricter status 整治: 184/200 = 0.92 (排查 236处 would give 1.18). Signs and bumps are itemised measures. 96/120 = 0.8; the 24 under construction do not count (would-be sum 1.0).")

# 37 未成年人保护 (hard): 与上年同期持平 is a zero change against a fall target (ratio 0), deputy principals only in words, events short
P = "前三季度"
row("县人民检察院、县教育局、团县委、县妇联、县公安局",
    "加强未成年人保护和预防犯罪,未成年人犯罪案件数同比下降5%,法治副校长中小学配备率100%,开展法治进校园活动200场次。",
    "前三季度,全县未成年人犯罪案件23件,与上年同期持平;为全县126所中小学选派法治副校长168名,实现配备全覆盖;检察院、法院、公安、司法行政等部门开展法治进校园活动186场次,覆盖师生8.2万人次。",
    targets=[M("5%", 5, "%", "未成年人犯罪案件数", kind="reduction"),
             M("100%", 100, "%", "法治副校长中小学配备率"),
             M("200场次", 200, "场次", "法治进校园活动")],
    actuals=[M("23件", 23, "件", "未成年人犯罪案件", period=P),
             M("持平", 0, "%", "未成年人犯罪案件数同比(持平)", kind="reduction", period=P),
             M("126所", 126, "所", "中小学(scope)"),
             M("168名", 168, "名", "选派法治副校长"),
             M("186场次", 186, "场次", "法治进校园活动", period=P),
             M("8.2万人次", 8.2, "万人次", "覆盖师生", period=P)],
    pairs=[("t1", ["a2"]), ("t3", ["a5"])],
    note="与上年同期持平 states a zero change without a digit: annotated as 持平 (value 0) and paired with ratio 0 against the 5% fall. The 配备率 is answered only in words (全覆盖 of 126 schools): unpaired (would-be 1.0). 186/200 = 0.93.")

# 38 综治中心 (Chinese numerals): 百分之 rates, scope in both columns, 入驻 = 常驻 + 轮驻 summed (nth: 十个 inside 六十个, 十二个 inside 六十二个)
row("县委政法委、县委社会工作部、各乡镇(街道)",
    "推进综治中心规范化建设,全县十八个乡镇(街道)综治中心规范化建设达标率达到百分之九十以上,新建改建村(社区)综治中心六十个,县级综治中心入驻部门不少于十个。",
    "十八个乡镇(街道)综治中心中已有十七个通过县级规范化建设验收,达标率百分之九十四点四;新建改建村(社区)综治中心六十二个;县级综治中心整合信访、司法、人社等十二个部门常驻、六个部门轮驻,一站式受理群众诉求。",
    targets=[M("百分之九十", 90, "%", "乡镇(街道)综治中心规范化建设达标率", bound="min"),
             M("六十个", 60, "个", "新建改建村(社区)综治中心"),
             M("十个", 10, "个", "县级综治中心入驻部门", nth=1, bound="min")],
    other=[O("十八个", 18, "个", "scope (全县乡镇(街道)数)")],
    actuals=[M("十八个", 18, "个", "乡镇(街道)综治中心(scope)"),
             M("十七个", 17, "个", "通过规范化建设验收"),
             M("百分之九十四点四", 94.4, "%", "规范化建设达标率"),
             M("六十二个", 62, "个", "新建改建村(社区)综治中心"),
             M("十二个", 12, "个", "常驻部门", nth=1),
             M("六个", 6, "个", "轮驻部门")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a5", "a6"])],
    note="Chinese numerals (百分之九十 = 90%). 94.4/90 = 1.0489 (17/18). 62/60 = 1.0333. 入驻 covers resident and rotating departments: 12 + 6 = 18 (combine sum, 1.8; resident ones alone 1.2). '十个' nth 0 lies inside '六十个'; '十二个' nth 0 inside '六十二个'. 一站式 is a word.")

# 39 案卷评查 (status): files reviewed so far answer, a plan and a full-year forecast do not; 参考率 only as counts
P = "前三季度"
row("县司法局、县直各行政执法部门",
    "全面推行行政执法“三项制度”,开展行政执法案卷评查不少于300卷,案卷评查合格率达到95%以上,行政执法人员年度培训考试参考率100%。",
    "前三季度已对22个行政执法部门开展案卷集中评查,抽查行政处罚、行政许可等案卷268卷,评定优秀卷41卷、合格卷213卷、不合格卷14卷,合格率94.8%;第四季度计划再评查60卷,预计全年评查328卷。组织全县1426名行政执法人员参加年度公共法律知识培训考试,参考1426人。",
    targets=[M("300卷", 300, "卷", "行政执法案卷评查", bound="min"),
             M("95%", 95, "%", "案卷评查合格率", bound="min"),
             M("100%", 100, "%", "培训考试参考率")],
    actuals=[M("22个", 22, "个", "评查行政执法部门", period=P),
             M("268卷", 268, "卷", "抽查案卷", period=P),
             M("41卷", 41, "卷", "优秀卷", period=P),
             M("213卷", 213, "卷", "合格卷", period=P),
             M("14卷", 14, "卷", "不合格卷", period=P),
             M("94.8%", 94.8, "%", "案卷评查合格率", period=P),
             M("60卷", 60, "卷", "第四季度计划评查(plan)"),
             M("328卷", 328, "卷", "预计全年评查(forecast)", period="全年"),
             M("1426名", 1426, "名", "行政执法人员(scope)"),
             M("1426人", 1426, "人", "参考人员")],
    pairs=[("t1", ["a2"]), ("t2", ["a6"])],
    note="268/300 = 0.8933; the plan for 第四季度 and the full-year forecast do not count (would-be 1.0933). 94.8/95 = 0.9979 ((41+213)/268: 优秀 counts as passing). The 参考率 is given only as counts (1426 of 1426, would-be 1.0): unpaired. “三项制度” is a name.")

# 40 法治政府 (two 100% targets, nth): the review rate answered, decisions done vs in assessment, adviser participation only as counts
row("县政府办公室、县司法局、县直各部门",
    "加快法治政府建设,县政府规范性文件合法性审核率达到100%,年度重大行政决策事项目录内10项决策事项全部履行法定程序,政府法律顾问参与重大决策率达到100%。",
    "今年以来,县司法局共审核县政府及部门规范性文件38件,合法性审核率100%,提出修改意见126条;列入2025年度重大行政决策事项目录的10项事项中,已按程序作出决策7项,均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序,其余3项正在开展风险评估,预计四季度提交县政府常务会议审议;政府法律顾问列席县政府常务会议18次,参与审查合同协议162份。",
    targets=[M("100%", 100, "%", "规范性文件合法性审核率", nth=0),
             M("10项", 10, "项", "重大行政决策事项履行法定程序"),
             M("100%", 100, "%", "政府法律顾问参与重大决策率", nth=1)],
    actuals=[M("38件", 38, "件", "审核规范性文件", period="今年以来"),
             M("100%", 100, "%", "合法性审核率", period="今年以来"),
             M("126条", 126, "条", "提出修改意见", period="今年以来"),
             M("10项", 10, "项", "目录内重大行政决策事项(scope, restated)"),
             M("7项", 7, "项", "已按程序作出决策事项"),
             M("3项", 3, "项", "正在风险评估事项"),
             M("18次", 18, "次", "法律顾问列席常务会议"),
             M("162份", 162, "份", "审查合同协议")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="100/100 = 1.0. 10项 restates the scope: 7/10 = 0.7; the 3 still in risk assessment are expected in 四季度. The adviser participation rate is given only as counts (18 meetings, 162 contracts) with no base: unpaired. 2025 is a year.")


probe.write(Path(__file__).with_name("probe-governance.gold.jsonl"))
