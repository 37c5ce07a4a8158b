"""The console's words in Chinese and English; the language comes from `?lang=`, then the remembered choice, then
the browser's Accept-Language (Chinese unless English is preferred)."""

from __future__ import annotations

from collections.abc import Mapping

LANGS = ("zh", "en")
LANG_COOKIE = "greetbot_console_lang"

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "title": "greetbot 控制台", "overview": "概览", "try": "试一试", "audit": "审计日志", "logout": "退出登录",
        "login": "登录", "password": "管理员密码", "login_button": "登录", "login_wrong": "密码不对。",
        "login_throttled": "尝试次数太多，请 {s} 秒后再试。", "login_hint": "登录后可查看机器人运行情况、试写祝福。",
        "refused_title": "请求被拒绝", "refused_text": "这个请求缺少有效的安全令牌（可能页面已过期，或来自别的网站），什么都没有改动。",
        "back": "返回", "reload_login": "重新打开登录页", "not_found": "没有这个页面。", "unavailable": "机器人还在启动，请稍后刷新。",
        "too_large": "提交的内容太长。", "bad_request": "请求格式不对。",
        "platforms": "平台", "platform": "平台", "mounted": "已接入", "not_mounted": "未接入",
        "last_stored": "最近收到的消息（数据库）", "last_webhook": "本进程最近一次 webhook", "answered_24h": "24 小时内回复",
        "answer_failed_24h": "回复失败", "scheduled_sent_24h": "定时发送成功", "scheduled_failed_24h": "定时发送失败",
        "throttled": "平台限流应答（本进程启动以来）", "never": "无", "not_tracked": "未记录",
        "queues": "队列", "inbox": "收件箱", "outbox": "发件箱", "empty": "空",
        "drafts_24h": "24 小时内的草稿来源", "model": "模型", "offline": "离线草稿", "latency": "模型延迟",
        "next_broadcasts": "即将发送的定时祝福", "none_scheduled": "没有待发送的定时祝福。", "when": "时间",
        "for": "节日/日期", "to": "收件人", "preview": "先预览", "yes": "是", "no": "否", "status": "状态",
        "charts": "图表",
        "try_intro": "和各平台同一个引擎：直接说给谁写、什么关系、一件具体的小事。模型不可用时会给出标明的离线草稿。",
        "say": "发送", "placeholder": "例如：帮我给张总写条拜年微信，他是合作三年的客户", "writing": "正在写…",
        "you": "你", "bot": "greetbot", "greeting_hint": "想给谁写祝福？（/help 看说明）",
        "audit_intro": "登录、退出和每一个操作都记录在这里（不记录密码和聊天内容）。", "at": "时间", "who": "谁",
        "what": "操作", "from": "来源", "session": "会话", "detail": "详情", "lang_other": "English",
        "generated": "生成于",
    },
    "en": {
        "title": "greetbot console", "overview": "Overview", "try": "Try it", "audit": "Audit log", "logout": "Log out",
        "login": "Log in", "password": "Admin password", "login_button": "Log in", "login_wrong": "Wrong password.",
        "login_throttled": "Too many attempts; try again in {s} s.",
        "login_hint": "Log in to see how the bot is doing and to try greetings.",
        "refused_title": "Request refused",
        "refused_text": "This request did not carry a valid security token (the page may have expired, or it came from "
                        "another site). Nothing was changed.",
        "back": "Back", "reload_login": "Open the login page again", "not_found": "No such page.",
        "unavailable": "The bot is still starting; reload in a moment.", "too_large": "What was sent is too long.",
        "bad_request": "Malformed request.",
        "platforms": "Platforms", "platform": "Platform", "mounted": "mounted", "not_mounted": "not mounted",
        "last_stored": "Last message stored (database)", "last_webhook": "Last webhook at this process",
        "answered_24h": "Answered, 24 h", "answer_failed_24h": "Answers failed", "scheduled_sent_24h": "Scheduled sent",
        "scheduled_failed_24h": "Scheduled failed", "throttled": "Throttling answers (since this process started)",
        "never": "never", "not_tracked": "not tracked", "queues": "Queues", "inbox": "Inbox", "outbox": "Outbox",
        "empty": "empty", "drafts_24h": "Drafts in the last 24 h, by writer", "model": "model",
        "offline": "offline drafts", "latency": "Model latency",
        "next_broadcasts": "Next scheduled broadcasts", "none_scheduled": "No broadcast is scheduled.", "when": "When",
        "for": "Holiday / date", "to": "To", "preview": "Preview first", "yes": "yes", "no": "no", "status": "Status",
        "charts": "Charts",
        "try_intro": "The same engine as on the platforms: say who the greeting is for, how you know them and one "
                     "real detail. With the model down you get offline drafts, marked as such.",
        "say": "Send", "placeholder": "e.g. Write a Spring Festival message for my roommate Jake", "writing": "Writing…",
        "you": "You", "bot": "greetbot", "greeting_hint": "Who is the greeting for? (/help for help)",
        "audit_intro": "Logins, logouts and every action are recorded here (never a password or a chat's text).",
        "at": "When", "who": "Who", "what": "Action", "from": "From", "session": "Session", "detail": "Detail",
        "lang_other": "中文", "generated": "Generated",
    },
}


# The broadcasts, feedback and learning pages, and the charts.
TEXT["zh"].update({
    "broadcasts": "定时祝福", "learning": "反馈与学习", "last_30_days": "最近 30 天", "backend_share": "草稿来源占比",
    "no_drafts_yet": "还没有草稿。", "chart_messages": "每天处理的消息", "chart_drafts": "每天的草稿（按来源）",
    "chart_feedback": "每天的反馈", "answered": "已回复", "failed": "失败", "fb_up": "点赞", "fb_down": "点踩",
    "fb_used": "直接发送", "fb_edited": "改后发送",
    "bc_intro": "节日或日期到点时，给每位收件人写一条专门的祝福并发出；可以先预览、逐条确认。和聊天里的 /schedule、"
                "命令行 greetbot schedule 是同一套发送逻辑。",
    "bc_new": "新建定时祝福", "next_fire": "下次发送", "bc_last": "最近一次", "every_year": "每年",
    "sent": "已发送", "waiting": "待发送", "bc_none": "还没有定时祝福。", "bc_when": "什么时候",
    "bc_on_holiday": "节日（按农历计算日期）", "bc_on_date": "指定日期", "bc_at": "几点（本地时间）", "bc_whom": "发给谁",
    "bc_people": "收件人：每行一位，名字=会话ID", "bc_groups": "群：会话ID（空格分隔，每个群一条）", "bc_how": "怎么写",
    "style": "风格", "style_any": "按收件人自动", "bc_preview": "先预览，逐条确认后再发", "bc_create": "创建",
    "bc_create_note": "开启预览时会先写好草稿，需要几秒。", "bc_no_platform": "请选择一个已接入的平台。",
    "bc_no_recipients": "至少填写一位收件人或一个群。", "bc_too_many": "一次最多发给 {n} 位。", "broadcast": "定时祝福",
    "group": "群", "bc_send_now": "立即发送", "bc_cancel": "取消这个定时祝福", "bc_queue": "预览：逐条确认",
    "bc_queue_intro": "每条祝福可以修改、通过或不发；全部处理完后，通过的会在设定时间发出。", "edited_by_you": "已人工修改",
    "bc_text_for": "祝福内容：", "bc_save_text": "保存修改", "bc_approve": "通过", "bc_reject": "不发",
    "bc_report": "发送结果", "bc_live": "发送中，自动刷新…", "bc_finished": "已全部处理", "forwarded": "已转给你转发",
    "not_sent": "未发送", "bc_not_fired": "还没有发送。",
    "bc_send_refused": "只有已确认、还没发完的定时祝福可以立即发送（先处理完预览）。",
    "st_active": "等待发送", "st_awaiting_approval": "待确认预览", "st_missed": "错过了", "st_cancelled": "已取消",
    "st_done": "已完成", "st_held": "待确认", "st_ready": "已通过", "st_pending": "排队中", "st_claimed": "正在写",
    "st_sending": "发送中", "st_sent": "已发送", "st_forwarded": "已转给你", "st_failed": "失败",
    "st_uncertain": "不确定是否送达", "st_rejected": "不发", "st_skipped": "已跳过", "st_serving": "服务中",
    "st_retired": "已退役", "st_candidate": "候选", "st_promoted": "已上线",
    "learning_intro": "用户对草稿的反应（👍、👎、直接发送、改后发送），以及用这些反馈训练出的模型版本。",
    "feedback_over_time": "反馈趋势", "by_style": "按风格", "total": "合计", "style_unknown": "（未记录风格）",
    "no_feedback_yet": "还没有反馈。", "learning_cycle": "学习周期", "day": "日期", "adapter": "版本",
    "learning_cycle_intro": "导出新反馈 → 偏好训练 → 与当前模型逐项比较 → 全部达标才上线。在后台运行，同一时间只运行一个"
                            "（与 greetbot learn 共用一把锁）。",
    "learn_force": "反馈不足也运行", "learn_run": "运行学习周期", "adapters": "模型版本（LoRA 适配器）", "name": "名称",
    "parent": "来自", "method": "方法", "data": "数据", "eval": "评测", "promote": "上线", "rollback_to": "回滚到这个",
    "eval_across": "各版本的评测指标", "no_adapters": "还没有登记模型版本：greetbot model register greet 路径 --serve",
    "run_idle": "本进程还没有运行过学习周期。", "run_running": "学习周期正在后台运行…", "run_finished": "上一次学习周期已结束",
    "run_failed": "上一次学习周期出错", "started": "开始", "finished_at": "结束",
    "learn_running_here": "已经有一个学习周期在运行，等它结束再试。",
    "learn_running_elsewhere": "另一个进程（命令行或定时任务）正在运行学习周期，等它结束再试。",
    "model_server_down": "模型服务没有完成这个操作（{error}），什么都没有改动。",
})
TEXT["en"].update({
    "broadcasts": "Broadcasts", "learning": "Feedback & learning", "last_30_days": "last 30 days",
    "backend_share": "Drafts by writer", "no_drafts_yet": "No drafts yet.", "chart_messages": "Messages handled per day",
    "chart_drafts": "Drafts per day, by writer", "chart_feedback": "Feedback per day", "answered": "answered",
    "failed": "failed", "fb_up": "thumbs up", "fb_down": "thumbs down", "fb_used": "sent as is", "fb_edited": "edited",
    "bc_intro": "On a holiday or a date, at a time, each recipient gets a greeting written for them; preview them first "
                "if you like, one by one. The same sending code as /schedule in a chat and `greetbot schedule`.",
    "bc_new": "New broadcast", "next_fire": "Next send", "bc_last": "Last run", "every_year": "every year",
    "sent": "sent", "waiting": "waiting", "bc_none": "No broadcast yet.", "bc_when": "When",
    "bc_on_holiday": "On a holiday (lunar dates computed)", "bc_on_date": "On a date", "bc_at": "At (local time)",
    "bc_whom": "To whom", "bc_people": "Recipients: one a line, NAME=CHAT_ID",
    "bc_groups": "Groups: chat ids (space-separated, one greeting each)", "bc_how": "How", "style": "Style",
    "style_any": "by recipient", "bc_preview": "Preview first: approve each greeting before it goes", "bc_create": "Create",
    "bc_create_note": "With preview on, the drafts are written first: a few seconds.",
    "bc_no_platform": "Choose a mounted platform.", "bc_no_recipients": "Name at least one recipient or group.",
    "bc_too_many": "At most {n} recipients a broadcast.", "broadcast": "Broadcast", "group": "group",
    "bc_send_now": "Send now", "bc_cancel": "Cancel this broadcast", "bc_queue": "Preview: decide each greeting",
    "bc_queue_intro": "Edit, approve or reject each greeting; once all are decided, the approved ones go at the time.",
    "edited_by_you": "edited by hand", "bc_text_for": "Greeting for", "bc_save_text": "Save text",
    "bc_approve": "Approve", "bc_reject": "Reject", "bc_report": "Report", "bc_live": "sending, refreshing…",
    "bc_finished": "all done", "forwarded": "forwarded to you", "not_sent": "not sent", "bc_not_fired": "Not sent yet.",
    "bc_send_refused": "Only an approved broadcast that is not finished can be sent now (decide its preview first).",
    "st_active": "scheduled", "st_awaiting_approval": "awaiting approval", "st_missed": "missed",
    "st_cancelled": "cancelled", "st_done": "done", "st_held": "to decide", "st_ready": "approved",
    "st_pending": "queued", "st_claimed": "writing", "st_sending": "sending", "st_sent": "sent",
    "st_forwarded": "forwarded", "st_failed": "failed", "st_uncertain": "delivery unknown", "st_rejected": "rejected",
    "st_skipped": "skipped", "st_serving": "serving", "st_retired": "retired", "st_candidate": "candidate",
    "st_promoted": "promoted",
    "learning_intro": "How people reacted to drafts (👍, 👎, sent as is, edited), and the model versions trained on it.",
    "feedback_over_time": "Feedback over time", "by_style": "By style", "total": "total",
    "style_unknown": "(no style recorded)", "day": "day", "adapter": "version",
    "no_feedback_yet": "No feedback yet.", "learning_cycle": "Learning cycle",
    "learning_cycle_intro": "New feedback → preference training → compared with the serving model metric by metric → "
                            "served only if every gate holds. Runs in the background, one at a time (the same lock "
                            "as `greetbot learn`).",
    "learn_force": "run even with little new feedback", "learn_run": "Run a learning cycle",
    "adapters": "Model versions (LoRA adapters)", "name": "Name", "parent": "Parent", "method": "Method",
    "data": "Data", "eval": "Eval", "promote": "Promote", "rollback_to": "Roll back to this",
    "eval_across": "Eval metrics across versions",
    "no_adapters": "No model version registered: greetbot model register greet PATH --serve",
    "run_idle": "No learning cycle started from this process yet.", "run_running": "A learning cycle is running…",
    "run_finished": "The last learning cycle finished", "run_failed": "The last learning cycle failed",
    "started": "started", "finished_at": "finished",
    "learn_running_here": "A learning cycle is running already; try again when it is done.",
    "learn_running_elsewhere": "Another process (the CLI or the nightly job) is running a learning cycle; try again "
                               "when it is done.",
    "model_server_down": "The model server did not do it ({error}); nothing was changed.",
})


def choose(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The UI language: an explicit choice, the remembered one, else the browser's preference."""
    for explicit in (query, cookie):
        if explicit in LANGS:
            return explicit
    return preferred(accept_language or "")


def preferred(header: str) -> str:
    """The first of zh/en by the header's q-values (`en-US,en;q=0.9,zh;q=0.8` → en); zh when it names neither."""
    best, best_q = "zh", -1.0
    for part in header.split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        lang = tag.strip().lower()[:2]
        if lang in LANGS and (q > best_q):
            best, best_q = lang, q
    return best


def words(lang: str) -> Mapping[str, str]:
    return TEXT[lang if lang in TEXT else "zh"]
