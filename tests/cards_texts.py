"""Greetings for the card tests: one per length bucket (as a reader counts, `bot.domain.length_units`), in Chinese
and English, each near the top of its bucket so the fit is tested where it is tightest."""

from __future__ import annotations

# Who each greeting is for: ("zh" | "en", bucket) → name.
NAMES: dict[tuple[str, str], str] = {
    ("zh", "<=50"): "张总", ("zh", "50-100"): "老王", ("zh", "100-200"): "李老师",
    ("en", "<=50"): "Linda", ("en", "50-100"): "Linda", ("en", "100-200"): "Professor Chen",
}
ZH: dict[str, str] = {
    "<=50": "张总，新春快乐！感谢您一年来的信任与支持，祝您和家人在新的一年里身体健康，万事顺意。",
    "50-100": (
        "老王，中秋快乐！还记得大学宿舍里那盒分着吃的五仁月饼吗？一晃二十年了，你还是我遇事第一个想打电话的人。"
        "今年的月亮照样圆，等你回来，咱们约上老同学，好好喝一杯！"
    ),
    "100-200": (
        "李老师，您好！端午将至，学生在这里给您拜个早节。毕业已经八年了，我还常常想起当年您在实验室里陪我们熬夜改论文，"
        "一边讲道理一边给我们剥粽子的样子。去年我在上海带了自己的第一个团队，遇到难处时，总会想起您说的“先把问题想清楚，"
        "再动手”。这句话我一直记着，也讲给了新来的同事听。祝您端午安康，身体健康，桃李满天下！有空回学校，一定去看您。愿您节日里多休息，少操心，家里一切都好。"
    ),
}
EN: dict[str, str] = {
    "<=50": "Dear Linda, happy Lunar New Year! Thank you for a wonderful year of working together. "
            "Wishing you and your family health, joy and good fortune in the Year of the Goat.",
    "50-100": (
        "Linda, happy Mid-Autumn Festival! Do you remember the night we ran the last five kilometres of the Boston "
        "marathon in the rain, laughing because we could not feel our feet? I still think about it every autumn. "
        "I hope the moon is bright wherever you are tonight, and that the year ahead brings you everything you want "
        "and everyone you miss. Let's find a weekend soon to catch up over tea."
    ),
    "100-200": (
        "Dear Professor Chen, happy Dragon Boat Festival! It has been eight years since I left your lab, and I still "
        "think of the long evenings you spent with us going through our drafts line by line, and of the rice "
        "dumplings you brought in every June. Last year I started leading my own team in Shanghai. Whenever things "
        "get difficult, I remember what you told me: understand the problem first, then build. I have passed that "
        "advice on to every new engineer who joins us, and it works as well for them as it did for me. Our first "
        "product shipped in March, on time, and the customers are happy with it. None of that would have happened "
        "without the patience you showed a very stubborn student. I hope the festival finds you well, with time to "
        "rest and enjoy the races on the river. When I am next in Beijing, I would love to visit and tell you "
        "everything in person. With gratitude and warm wishes for the festival and the summer ahead, "
        "and my best regards to your family and to everyone still in the lab."
    ),
}
