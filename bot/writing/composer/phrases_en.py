"""The phrase bank in English: the same roles as `phrases_zh`, written for English speakers rather than
translated. The fields and placeholders are described in `phrases`."""

from __future__ import annotations

from bot.writing.composer.phrases import P

# ==================================================================================================
# English
# ==================================================================================================

EN: dict[str, list[P]] = {}

EN["open"] = [
    P("{name}, {greet}!"),
    P("Hi {name}!", "casual tech", "!senior !biz"),
    P("{name}, I've been meaning to write to you.", "casual trad", "!biz", occ="!spoken"),
    P("{name}, a quick note from me, because you deserve more than a sticker.", "casual tech", "close peer team",
      occ="微信", tags="playful"),
    P("Hey {name}, {greet}!", "casual tech", "friend peer lover team", occ="!邮件", tags="playful"),
    P("{name}, {greet}! You were the first person I thought of today.", "casual trad", "lover friend family",
      occ="!群里"),
    P("{name}, a very happy {H} to you!", "trad casual", hols="!birthday"),
    P("Dear {name}, warmest wishes to you this {H}.", "biz trad", hols="!birthday", occ="!spoken", tags="written"),
    P("Dear {name}, {greet}.", "biz trad", occ="!spoken", tags="written"),
    P("{name}, {greet}! This message was written by a human, with zero tokens spared.", "tech", occ="!spoken",
      tags="tech playful"),
    P("{name}, your {H} greeting has just been deployed, so please check your inbox!", "tech", hols="!birthday",
      occ="!spoken", tags="tech"),
    P("{name}, happy birthday! Your version number just went up by one.", "tech", hols="生日", tags="tech"),
    P("{name}, today is all about you!", "casual trad", hols="生日"),
    P("{name}, just calling to say {greet}!", occ="电话里说"),
    P("{name}, even through a screen, I had to say it: {greet}!", occ="视频里说"),
    P("{name}, I wanted to say it in person: {greet}!", occ="当面说"),
    P("Hi everyone, and especially {name}: {greet}!", occ="群里"),
    P("Dear {name}, I hope this note finds you well.", "biz trad casual", occ="邮件", tags="written"),
]

EN["memory"] = [
    P("{D}. Some things you just don't forget.", "casual trad"),
    P("{D}. Remember that?", "casual"),
    P("{D}. I still think about it, and it still makes me smile.", "casual trad"),
    P("I haven't forgotten: {d}.", "casual trad tech", tags="ask"),
    P("{D}. Moments like that are why you mean so much to me.", "casual trad", "close"),
    P("{D}. That memory is permanently cached on my side.", "tech", tags="tech"),
    P("{D}. That one is in my training data for good, no deletion allowed.", "tech", tags="tech"),
    P("{D}. That one never gets overwritten.", "tech"),
    P("{D}. We remember it well, and we are grateful.", "biz"),
    P("{D}. Moments like that are what make working together worthwhile.", "biz trad", "work"),
    P("{D}. I remember it fondly and with real gratitude.", "biz trad"),
]
EN["news"] = [
    P("{D}, and I couldn't be happier for you.", "casual trad"),
    P("{D}. How does it feel?", "casual"),
    P("{D}. Congratulations, you earned every bit of it."),
    P("{D}. Well deserved, and I'm so proud of you.", "casual trad", "close peer team"),
    P("{D}. Congrats on shipping the new version of you!", "tech", tags="tech"),
    P("{D}. Please accept my sincere congratulations.", "biz"),
    P("{D}. That took real grit, and I saw every bit of it.", "casual trad biz", "team peer"),
]
EN["duration"] = [
    P("{D}, and thank you for every one of them.", "casual trad"),
    P("{D}. I'd gladly do every one of them again.", "casual"),
    P("{D}. Can you believe it?", "casual"),
    P("{D}, and still zero downtime. You're my most reliable connection.", "tech", tags="tech"),
    P("{D}. Thank you for your trust and support throughout.", "biz"),
    P("{D}. It still amazes me how fast the time went.", "casual trad biz tech"),
]
# The Chinese kinds "now", "skill", "care", "hard" (and "role" below); English details are not sorted so finely yet,
# so these stay unused there unless they are, and read as the Chinese ones do.
EN["now"] = [
    P("{D}. I'm really happy for you."),
    P("{D}. Sounds like life is treating you well.", "casual tech"),
]
EN["skill"] = [
    P("{D}. I've always admired that."),
    P("{D}. Nobody does it better.", "casual"),
]
EN["care"] = [
    P("{D}. Please take good care of yourself."),
    P("{D}. I think of you often, look after yourself.", "casual trad", "close"),
]
EN["hard"] = [
    P("{D}. I never properly thanked you for that."),
    P("{D}. I haven't forgotten, and I'm grateful.", "casual trad tech"),
    P("{D}. Your support meant more than I can say.", "biz trad"),
]
# Who they are to us (the Chinese kind "role"); English details are not sorted that finely yet.
EN["fact"] = [  # the Chinese kind "fact"; unused for English details yet
    P("{D}. That's the you I know."),
]
EN["feat"] = [  # the Chinese kind "feat" (an achievement of ours); unused for English details yet
    P("{D}. That took some doing!"),
]
EN["kindness"] = [  # the Chinese kind "kindness" (something they did for us); unused for English details yet
    P("{D}. I'm still grateful for that."),
]
EN["status"] = [  # the Chinese kind "status"; unused for English details yet
    P("{D}. I hope all is going well there."),
]
EN["upcoming"] = [  # the Chinese kind "upcoming"; unused for English details yet
    P("{D}. I can't wait to hear how it goes."),
]
EN["habit"] = [  # the Chinese kind "habit"; unused for English details yet
    P("{D}. Some things I hope never change."),
]
EN["role"] = [
    P("{D}. I'm lucky to know you."),
    P("{D}. We all see how much you do.", "trad casual biz"),
]
EN["identity"] = [
    P("{D}, and still one of my favorite people.", "casual trad"),
    P("{D}. Who would have guessed where we'd be now?", "casual"),
    P("{D}. That bond has only grown stronger with time.", "trad casual biz"),
    P("{D}, and still my highest-priority contact. Those parameters never change.", "tech", tags="tech"),
    P("{D}. It is a connection we truly value.", "biz"),
]

EN["relation"] = [
    P("Thank you for looking out for all of us {period}. I noticed every bit of it.", "trad casual biz", "family"),
    P("However busy {period} got, home was always the first place my mind went.", "trad casual", "family"),
    P("You have been my most reliable support system {period}, with zero downtime.", "tech", "family",
      tags="tech"),
    P("Everything got better {period} because you were in it.", "casual trad", "lover", tags="tender"),
    P("My favorite part of {period} was every ordinary day with you.", "casual tech", "lover", tags="tender"),
    P("You are the most important parameter in my life, and that will not change.", "tech", "lover",
      tags="tech tender"),
    P("Thank you for standing by me through every busy season {period}.", "", "lover"),
    P("However busy things got {period}, having you next to me made it easy.", "", "lover"),
    P("We didn't see each other as often as I wanted {period}, but you're still the first person I text with good "
      "news.", "casual trad tech", "friend"),
    P("Having a {rel} like you is one of the luckiest things in my life.", "casual trad", "friend", tags="rel"),
    P("We've chatted enough {period} to train a small language model.", "tech", "friend", tags="tech"),
    P("Thanks for having my back through every deadline {period}.", "casual trad biz", "peer"),
    P("Working next to you {period} made the hard days a lot lighter.", "casual", "peer"),
    P("We shipped a lot of releases together {period}, and you made every one smoother.", "tech", "peer",
      tags="tech"),
    P("You worked incredibly hard {period}, and it showed in everything the team delivered.", "", "team"),
    P("I saw how much you carried {period}, and I'm grateful.", "casual trad", "team"),
    P("Your growth {period} outpaced any version upgrade I've seen.", "tech", "team", tags="tech"),
    P("I learned a great deal working with you {period}, and I'm grateful for your trust.", "biz trad casual",
      "boss"),
    P("Thank you for your guidance and patience {period}.", "biz trad", "boss"),
    P("Your standards pushed me to do better work {period}, and I noticed the difference.", "biz trad casual",
      "boss"),
    P("Under your lead, the team kept iterating and shipped more than I thought possible.", "tech", "boss",
      tags="tech"),
    P("What you taught me still guides me, more than you probably know.", "trad casual biz", "teacher"),
    P("However far I go, I still remember your advice.", "trad casual", "teacher"),
    P("Your lessons are still the best training data I have ever had.", "tech", "teacher", tags="tech"),
    P("Thank you for your trust and support {period}; it has been a real pleasure working with you.", "biz trad",
      "biz"),
    P("Working with you {period} has been both a pleasure and a privilege.", "biz trad casual", "biz"),
    P("Thank you for being such a dependable partner {period}.", "biz", "partner"),
    P("Every project we delivered {period} was better for your input.", "biz trad casual", "biz"),
    P("It is rare to find people who are this easy to work with, and we do not take it for granted.", "biz trad",
      "biz"),
    P("Every release we shipped together {period} went smoothly, thanks to you.", "tech", "biz", tags="tech"),
    P("Thank you for your kindness {period}; it has not gone unnoticed.", "", "general"),
    P("It has been a real pleasure getting to know you {period}.", "casual trad", "general"),
    P("Our paths cross less often than I'd like, but I always enjoy it when they do.", "casual trad biz",
      "general friend"),
    P("Small kindnesses add up, and yours have added up to a lot.", "casual trad biz", "general"),
    P("Every conversation with you {period} updated my parameters a little.", "tech", "general", tags="tech"),
]

EN["imagery"] = [
    P("May your reunion dinner be loud, warm and full of second helpings.", "trad casual", hols="春节 除夕"),
    P("Take a real break: phone on silent, dumplings on the table.", "casual", hols="春节"),
    P("The red lanterns are up and the new year is at the door.", "trad casual biz", hols="春节 除夕"),
    P("I hope the holiday brings you and your family plenty of rest and time together.", "biz trad",
      "!family !lover", hols="春节 除夕 元宵 中秋 other"),
    P("Time to switch your system to low-power mode and enjoy the holiday.", "tech", hols="春节 国庆 元旦 劳动节"),
    P("Tonight, may the dumplings be plentiful and the fireworks bright.", "trad casual", hols="除夕"),
    P("The moon is full tonight, and I hope your home feels just as full.", "trad casual", hols="中秋"),
    P("Save one mooncake for yourself, and make it your favorite flavor.", "casual", hols="中秋"),
    P("A full moon and a table of mooncakes: that is what this festival is about.", "trad casual biz", hols="中秋"),
    P("Look up at the moon tonight; I'll be looking at it too.", "casual trad", "lover friend family", hols="中秋",
      occ="!群里"),
    P("Tonight's moon is rendering at full resolution, so enjoy the show.", "tech", hols="中秋"),
    P("Sweet or savory, zongzi taste best when shared.", "casual trad", hols="端午"),
    P("If you get the chance, go watch the dragon boats and soak up the noise.", "casual", hols="端午"),
    P("The dragon boat races are worth catching if you can; the drums alone are worth it.", "trad casual biz",
      hols="端午"),
    P("May the season bring you and your family good health and peace.", "biz trad", "!family !lover",
      hols="端午 重阳 冬至"),
    P("Eat the tangyuan while they're hot and take your time with the lanterns.", "casual trad", hols="元宵"),
    P("The lanterns are up, and the new year finally feels complete.", "trad casual biz", hols="元宵"),
    P("The stars tonight are keeping track of everything I want to tell you.", "casual trad tech", "lover",
      hols="七夕", tags="tender"),
    P("Flowers are optional; being thought of is what counts.", "casual trad", hols="七夕"),
    P("New calendar, clean page: leave last year's worries where they belong.", "casual trad", hols="元旦"),
    P("I hope you get out and enjoy the holiday, crowds and all.", "casual", hols="国庆 劳动节"),
    P("It's a good day to climb somewhere high and call the elders in the family.", "trad casual", hols="重阳"),
    P("Have a bowl of dumplings tonight; the old saying is that your ears will thank you.", "casual trad",
      hols="冬至"),
    P("One more candle on the cake means one more reason to celebrate.", "casual trad", hols="生日"),
    P("Today you get to pick the restaurant, the music and the dessert.", "casual", "!boss !client !partner",
      hols="生日"),
    P("Birthdays are a good excuse to slow down and enjoy the people around you.", "trad casual biz",
      hols="生日"),
    P("Age is just a version number, and yours keeps getting better.", "tech", hols="生日", tags="tech"),
    P("On this special day, I wish you health, joy and every happiness.", "biz trad", hols="生日"),
    P("I hope your stockings are full and your evenings are cozy.", "casual trad", hols="圣诞"),
    P("Wishing you and your family a warm and peaceful holiday season.", "biz trad", "!family !lover",
      hols="圣诞 元旦 other"),
    P("Take a little time off and enjoy the holiday.", "casual trad", hols="other"),
]

EN["hope"] = [
    P("Please don't overdo it; rest well and take good care of yourself.", "trad casual", "family"),
    P("I hope you sleep in, eat well, and let someone else do the dishes for once.", "casual",
      "family friend lover"),
    P("I hope every day brings you something to smile about, and I'll handle the worries.", "casual trad", "lover",
      tags="tender"),
    P("Fewer meetings, more sleep, and a trip somewhere you've been wanting to go.", "casual", "friend peer"),
    P("Please take good care of yourself and don't always be the last one to leave the office.", "casual trad",
      "team peer"),
    P("Please make sure to get some real rest over the holiday.", "biz trad casual",
      "boss client partner teacher family"),
    P("I hope you and your family enjoy peace, health and happiness.", "biz trad", "biz boss general teacher"),
    P("I hope all your worries get flagged as bugs and patched in one go.", "tech", tags="tech"),
    P("May your joy stream without rate limits and your tokens never run out.", "tech", tags="tech"),
    P("I hope life is kind to you, in small ways and big ones.", "casual trad tech"),
    P("Please take some time for yourself over the holiday.", "trad casual biz", hols="!birthday"),
]

EN["wish"] = [
    P("Wishing you a joyful reunion, a full table and plenty of good fortune.", "trad", hols="reunion"),
    P("{greet}, and may peace and good fortune follow you all year long!", "trad"),
    P("May your home be warm and your days bright in {ahead}.", "trad", hols="!birthday"),
    P("{greet}! Wishing you and your family health and happiness.", "trad biz", "!family !lover"),
    P("{greet}! Eat well, rest well, and have fun.", "casual"),
    P("{greet}! Let's make {ahead} a good one.", "casual"),
    P("Eat well, rest well, and have a wonderful {H}.", "casual trad", hols="!birthday"),
    P("I hope {ahead} treats you gently and brings you good news early.", "casual", "!senior !biz"),
    P("May {ahead} bring you everything you want and everyone you miss.", "casual trad"),
    P("Wishing you peace, good health and a home full of laughter.", "trad"),
    P("Wishing you joy in the everyday and luck when it counts.", "trad casual"),
    P("May good fortune find you early and often in {ahead}.", "trad"),
    P("{greet}! I hope {ahead} treats you gently.", "casual", "!senior !biz"),
    P("{greet}! May {ahead} bring you everything you want and everyone you miss.", "casual"),
    P("{greet}! Mute the work chat and actually enjoy the break.", "casual", "friend peer team",
      hols="!birthday", tags="playful"),
    P("{greet}. I want to spend every holiday from now on with you.", "casual trad tech", "lover", tags="tender"),
    P("{greet}! May {ahead} bring zero bugs and maximum good luck.", "tech", tags="tech"),
    P("{greet}! May every iteration in {ahead} ship smoothly.", "tech", tags="tech"),
    P("{greet}! Joy parameters maxed out, worries garbage-collected.", "tech", tags="tech"),
    P("{greet}! May your version be stable and every light be green.", "tech", tags="tech"),
    P("May {ahead} bring you zero bugs and maximum good luck.", "tech", tags="tech"),
    P("May every iteration in {ahead} ship smoothly for you.", "tech", tags="tech"),
    P("My wish for you this {H}: joy parameters maxed out, worries garbage-collected.", "tech", hols="!birthday",
      tags="tech"),
    P("{greet}, and best wishes for continued success in {ahead}.", "biz"),
    P("With sincere thanks, and best wishes for continued success in {ahead}.", "biz"),
    P("May {ahead} bring you good health and every success.", "biz trad"),
    P("{greet}! I look forward to building on our partnership in {ahead}.", "biz", "work"),
    P("{greet}, and may {ahead} bring you good health and every success.", "biz trad"),
    P("{greet}! Wishing you every success in {ahead}, and I look forward to learning from you.",
      "biz trad casual", "boss teacher"),
]

EN["zodiac"] = [
    P("May the Year of the {Z} treat you kindly and bring good news early.", "trad casual biz"),
    P("The Year of the {Z} is officially live, and I hope it ships with zero bugs for you.", "tech", tags="tech"),
    P("Here's to a lucky Year of the {Z}!", "casual trad"),
    P("May the Year of the {Z} bring you health, prosperity and new opportunities.", "biz trad"),
]

EN["forward"] = [
    P("In {ahead}, I hope everything you set out to do goes smoothly.", "trad casual"),
    P("In {ahead}, do the things you want to do and see the people you miss.", "casual"),
    P("In {ahead}, may your compute be plentiful and your mood always online.", "tech", tags="tech"),
    P("I look forward to working with you again in {ahead} and turning more good ideas into results.", "biz",
      "work"),
    P("I look forward to many more collaborations with you in {ahead}.", "biz casual trad", "biz"),
    P("In {ahead}, I'll keep working hard to live up to your trust.", "biz trad casual", "boss client teacher"),
    P("In {ahead}, I want to go more places and watch more sunsets with you.", "casual trad", "lover",
      tags="tender"),
    P("May {ahead} be full of small, good surprises for you.", "casual trad tech"),
    P("I look forward to seeing you again soon.", "casual trad biz", "!lover"),
]

EN["plan"] = [
    P("Let's grab hot pot soon; it's on me.", "casual tech", "friend peer"),
    P("Let's catch up properly soon; I have a lot of stories saved up.", "casual", "close peer team general"),
    P("When you're back, same old place, first round on me.", "casual", "friend", tags="playful"),
    P("I'll be home soon, and I'm bringing snacks.", "casual trad", "family", hols="!birthday"),
    P("I'll call more often, so please don't worry about me.", "trad casual", "family"),
    P("When we see each other, let's have a long dinner and an even longer walk.", "casual trad", "lover",
      tags="tender"),
    P("Coffee's on me when we're back at work.", "casual", "peer team", hols="!birthday"),
    P("I hope to visit you soon and catch up properly.", "trad casual biz", "teacher general"),
    P("Let's find a time to catch up over tea.", "biz trad casual", "general biz boss friend"),
    P("I look forward to meeting after the holiday to talk through our plans.", "biz", "biz boss",
      hols="!birthday"),
    P("Let's ship a few more great projects together after the break.", "tech", "peer team partner",
      hols="!birthday", tags="tech"),
    P("Let me treat you to a belated birthday dinner soon.", "casual trad", "close peer team", hols="生日"),
]

EN["tech"] = [
    P("All of this year's worries have been filed as bugs and scheduled for deletion.", hols="!birthday",
      tags="tech"),
    P("This message went through several iterations, and only the most sincere version survived.", tags="tech"),
    P("May your good luck have no token limit and your surprises always deploy on time.", tags="tech"),
    P("Consider this greeting a long-term release with no expiry date.", tags="tech"),
]

EN["warm"] = [
    P("I don't say it often enough, so let me say it now: thank you.", "", "!biz", tags="warm"),
    P("Having you around makes everything better.", "", "close peer team general", tags="warm"),
    P("No matter how far apart we are, you're always on my mind.", "", "close teacher", tags="warm"),
    P("I'm truly grateful to have you in my corner.", "", "work teacher general", tags="warm"),
]

EN["aside"] = [
    P("Please give my best to your family.", "biz trad casual", "!family !lover"),
    P("No need to reply; just enjoy the break.", "casual trad", "!senior !biz", hols="!birthday"),
    P("No reply needed; please simply enjoy the holiday.", "biz trad", hols="!birthday", tags="written"),
    P("Things have been busy on my side, but I wanted to make time for this.", "casual trad biz tech"),
    P("The whole team sends their regards as well.", "biz trad casual tech", "biz boss"),
    P("Writing this brought back a lot of good memories.", "casual trad", "close peer general"),
    P("It's getting cold out there, so please stay warm.", "trad casual biz",
      hols="中秋 重阳 冬至 腊八 小年 春节 除夕 元宵 元旦 圣诞"),
    P("Travel safely if you're on the road over the holiday.", "trad casual biz", hols="春节 国庆 劳动节 中秋"),
    P("Writing this took longer than my last deployment, and it was worth every minute.", "tech", occ="!spoken",
      tags="tech"),
    P("Nobody asked me to send this; I simply wanted to.", "casual tech", "work general"),
    P("I'll keep the rest for when we catch up in person.", "casual trad", "close peer"),
    P("How have things been on your side? Tell me everything next time.", "casual", "close peer team general"),
]

EN["closing"] = [
    P("Warmest wishes!", "trad casual biz"),
    P("Talk soon!", "casual tech", "close peer team general"),
    P("Can't wait to see you!", "casual", "close peer team"),
    P("Cheers to {ahead}!", "casual tech"),
    P("Big hug!", "casual", "lover friend family", tags="playful"),
    P("Miss you, see you soon.", "casual trad", "lover", occ="!群里", tags="tender"),
    P("This greeting has no expiry date.", "tech"),
    P("With best regards.", "biz trad", occ="!spoken", tags="written"),
    P("Thank you again for your support, and all the best!", "biz trad", "work general teacher"),
    P("Wishing the whole group a wonderful holiday too!", occ="群里", hols="!birthday"),
    P("That's all from me, with a big smile!", "casual trad tech", occ="spoken"),
]
