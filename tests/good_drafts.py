"""What a good model writes for the suite's usual request ("帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京
项目，商务得体点，50到100字", 春节 2027): drafts that pass the draft guard (bot/writing/guard.py), for fake models."""

ZHANG_ZONG = (
    ("张总，新春快乐！合作三年，去年北京项目一路并肩，您的信任与支持我们一直记在心里。新的一年，期待继续携手，把更多项目做成做好，"
     "祝您阖家安康、诸事顺遂！"),
    ("张总您好，值此新春佳节，感谢您三年来的信任。去年北京项目从立项到交付，您给了我们很多宝贵的意见。新的一年，愿合作更上层楼，"
     "祝您身体康健，新春大吉！"),
    ("张总，春节将至，给您拜个早年！回想去年一起推进的北京项目，压力不小，但有您坐镇，团队心里踏实。来年继续向您学习，祝您新年顺意，"
     "事业兴旺，阖家欢乐！"),
)
# The first of them in the Year of the Goat (right for 春节 2027), and in the Year of the Horse (wrong: never shown).
GOAT_YEAR = ZHANG_ZONG[0].replace("新春快乐！", "羊年新春快乐！")
HORSE_YEAR = ZHANG_ZONG[0].replace("新春快乐！", "马年新春快乐！")
