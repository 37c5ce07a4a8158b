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
        "charts": "图表", "charts_later": "消息、草稿与反馈的每日图表将在下一步加入。",
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
        "charts": "Charts", "charts_later": "Daily charts of messages, drafts and feedback come in the next step.",
        "try_intro": "The same engine as on the platforms: say who the greeting is for, how you know them and one "
                     "real detail. With the model down you get offline drafts, marked as such.",
        "say": "Send", "placeholder": "e.g. Write a Spring Festival message for my roommate Jake", "writing": "Writing…",
        "you": "You", "bot": "greetbot", "greeting_hint": "Who is the greeting for? (/help for help)",
        "audit_intro": "Logins, logouts and every action are recorded here (never a password or a chat's text).",
        "at": "When", "who": "Who", "what": "Action", "from": "From", "session": "Session", "detail": "Detail",
        "lang_other": "中文", "generated": "Generated",
    },
}


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
