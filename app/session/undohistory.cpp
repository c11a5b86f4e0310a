#include "session/undohistory.h"

#include "core/draft.h"
#include "core/inerttext.h"

void UndoHistory::push(const UndoStep &step)
{
    m_steps.resize(m_position); // the redo steps no longer apply
    m_steps.append(step);
    if (m_steps.size() > m_maxDepth)
        m_steps.removeFirst();
    m_position = int(m_steps.size());
}

int UndoHistory::undoIndex() const
{
    for (int i = m_position - 1; i >= 0; --i)
        if (!isSecretOnly(m_steps.at(i)))
            return i;
    return -1;
}

int UndoHistory::redoIndex() const
{
    for (int i = m_position; i < m_steps.size(); ++i)
        if (!isSecretOnly(m_steps.at(i)))
            return i;
    return -1;
}

int UndoHistory::skippedByUndo() const
{
    return m_position - 1 - undoIndex(); // undoIndex() is -1 without one: all below the position
}

int UndoHistory::skippedByRedo() const
{
    const int index = redoIndex();
    return (index < 0 ? int(m_steps.size()) : index) - m_position;
}

void UndoHistory::undone(const Endpoint &result)
{
    const int index = undoIndex();
    if (index < 0)
        return;
    m_position = index;
    m_steps[index].before = result;
}

void UndoHistory::redone(const Endpoint &result)
{
    const int index = redoIndex();
    if (index < 0)
        return;
    m_steps[index].after = result;
    m_position = index + 1;
    while (m_position < m_steps.size() && isSecretOnly(m_steps.at(m_position)))
        ++m_position;
}

void UndoHistory::removeAccount(const QString &account)
{
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        if (m_steps.at(i).after.account != account)
            continue;
        m_steps.removeAt(i);
        if (i < m_position)
            --m_position;
    }
}

void UndoHistory::clear()
{
    m_steps.clear();
    m_position = 0;
}

UndoHistory::Kind UndoHistory::kindOf(const UndoStep &step)
{
    const Endpoint &b = step.before;
    const Endpoint &a = step.after;
    const bool url = a.url != b.url;
    const bool events = !Draft::sameEvents(a.events, b.events);
    const bool description = a.description != b.description;
    const bool enabled = a.enabled != b.enabled;
    const bool other = a.metadata != b.metadata || a.scope != b.scope;
    const int fields =
        int(url) + int(events) + int(description) + int(enabled) + int(other) + int(step.touchedSecret);
    if (fields != 1)
        return Kind::Change;
    if (enabled)
        return a.enabled ? Kind::ReEnable : Kind::Disable;
    if (url)
        return Kind::UrlChange;
    if (events)
        return Kind::EventChange;
    if (description)
        return Kind::DescriptionChange;
    if (step.touchedSecret)
        return Kind::SecretRotation;
    return Kind::Change;
}

QString UndoHistory::undoText(const UndoStep &step, bool mnemonic)
{
    return name(step, false, mnemonic);
}

QString UndoHistory::redoText(const UndoStep &step, bool mnemonic)
{
    return name(step, true, mnemonic);
}

QString UndoHistory::name(const UndoStep &step, bool redo, bool mnemonic)
{
    // One whole sentence per language and direction: "Rückgängig: …" and "Annuler la …" are not
    // "Undo " + a noun phrase.
    QString text;
    switch (kindOf(step)) {
    case Kind::ReEnable:
        text = redo ? tr("Red&o re-enable of %1") : tr("&Undo re-enable of %1");
        break;
    case Kind::Disable:
        text = redo ? tr("Red&o disable of %1") : tr("&Undo disable of %1");
        break;
    case Kind::UrlChange:
        text = redo ? tr("Red&o URL change of %1") : tr("&Undo URL change of %1");
        break;
    case Kind::EventChange:
        text = redo ? tr("Red&o event change of %1") : tr("&Undo event change of %1");
        break;
    case Kind::DescriptionChange:
        text = redo ? tr("Red&o description change of %1") : tr("&Undo description change of %1");
        break;
    case Kind::SecretRotation:
        text = redo ? tr("Red&o secret rotation of %1") : tr("&Undo secret rotation of %1");
        break;
    case Kind::Change:
        text = redo ? tr("Red&o change of %1") : tr("&Undo change of %1");
        break;
    }
    // The endpoint as the user knew it when making the change.
    QString url = shortUrl(step.before.url);
    if (mnemonic) {
        url.replace(QLatin1Char('&'), QLatin1String("&&"));
    } else {
        // The template's own mnemonic marker goes; it holds no URL yet, so every '&' is one.
        const qsizetype marker = text.indexOf(QLatin1Char('&'));
        if (marker >= 0 && text.mid(marker, 2) != QLatin1String("&&"))
            text.remove(marker, 1);
        text.replace(QLatin1String("&&"), QLatin1String("&"));
    }
    return text.arg(url);
}

QString UndoHistory::shortUrl(const QString &url, int maxChars)
{
    const QString inert = InertText::escape(url);
    if (inert.size() <= maxChars)
        return inert;
    const QChar ellipsis(0x2026);
    qsizetype head = (maxChars - 1) * 2 / 3;
    qsizetype tail = maxChars - 1 - head;
    // Never half of a surrogate pair (InertText escapes lone ones, but a cut one would read as one).
    if (head > 0 && inert.at(head - 1).isHighSurrogate())
        --head;
    if (tail > 0 && inert.at(inert.size() - tail).isLowSurrogate())
        --tail;
    return inert.left(head) + ellipsis + inert.right(tail);
}
