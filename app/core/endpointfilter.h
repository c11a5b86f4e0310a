#pragma once

#include "core/health.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

struct Endpoint;

// Which endpoints a view shows: a health choice and a text, matched as the window's filter box
// matches. The CLI's `endpoints list|export` and the window's File → Export… filter with this; the
// window's proxy keeps its packed per-keystroke path but takes the rules and the keys from here.
class EndpointFilter
{
    Q_GADGET
public:
    // The choices of the window's health filter box (in its order) and of the CLI's --health.
    enum class HealthChoice
    {
        Any,
        Active,
        Failing,
        Disabled,
        Attention // HealthRules::needsAttention
    };
    Q_ENUM(HealthChoice)

    // The texts the text filter searches, each folded with SortKey::of; a text never matches across
    // two of them.
    enum Field
    {
        Url,
        Description,
        Events, // eventsText()
        Id,
        FieldCount
    };
    using Keys = std::array<QStringView, FieldCount>;

    EndpointFilter() = default;
    EndpointFilter(HealthChoice health, const QString &text);

    HealthChoice health() const { return m_health; }
    void setHealth(HealthChoice health) { m_health = health; }
    const QString &needle() const { return m_needle; } // needleOf(the text); empty matches every endpoint
    void setText(const QString &text) { m_needle = needleOf(text); }

    bool accepts(const Endpoint &endpoint) const;
    QList<Endpoint> filtered(const QList<Endpoint> &endpoints) const; // in their order

    // The rules, for a view that keeps each row's keys and health already.
    static bool healthAccepts(HealthChoice choice, Health health, DisabledBy by);
    static bool keysContain(const Keys &keys, QStringView needle); // true for an empty needle
    static QString needleOf(const QString &text);                  // SortKey::of(text.trimmed())
    static QString eventsText(const QStringList &events);          // joined ", ", as the window shows them
    // "" (any), "active", "failing", "disabled", "attention": the CLI's --health. false for others.
    static bool healthChoiceFromKey(const QString &key, HealthChoice *out);
    static QStringList healthKeys(); // the non-empty keys, in the order of the choices

private:
    HealthChoice m_health = HealthChoice::Any;
    QString m_needle;
};
