// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedFormat.h"

#include <array>

namespace dpo {

namespace {
using V = FeedValue;

// A subject's fields are the import's columns (docs/import.md), each optional in an upsert of a
// known subject: only the fields an event carries change.
constexpr std::array kSubject{
    FeedField{"platform_ref", V::Text, true},
    FeedField{"inn", V::Text, false},
    FeedField{"surname", V::Text, false},
    FeedField{"given_name", V::Text, false},
    FeedField{"patronymic", V::Text, false},
    FeedField{"birth_date", V::Date, false},
    FeedField{"sex", V::Text, false},
    FeedField{"phone", V::Text, false},
    FeedField{"email", V::Text, false},
    FeedField{"preferred_language", V::Text, false},
    FeedField{"id_document", V::Text, false},
    FeedField{"residence_address", V::Text, false},
    FeedField{"registration_address", V::Text, false},
};
constexpr std::array kRecipient{
    FeedField{"code", V::Text, true}, // how transfers name it
    FeedField{"name", V::Text, true},           FeedField{"kind", V::Text, true},
    FeedField{"inn", V::Text, false},           FeedField{"address", V::Text, false},
    FeedField{"contact_email", V::Text, false}, FeedField{"platform_participant", V::Flag, false},
    FeedField{"country", V::Text, false}, // ISO 3166-1 alpha-2; KG when a new one names none
};
constexpr std::array kConsent{
    FeedField{"platform_ref", V::Text, true},
    FeedField{"policy_version", V::Text, true},
    FeedField{"channel", V::Text, true},
};
constexpr std::array kTransfer{
    FeedField{"platform_ref", V::Text, true},
    FeedField{"recipient", V::Text, true}, // a recipient's code
    FeedField{"categories", V::TextList, true},
    FeedField{"purpose", V::Text, true},
};
constexpr std::array kCollected{
    FeedField{"platform_ref", V::Text, true},
    FeedField{"category", V::Text, true},
};
constexpr std::array kWithdrawal{
    FeedField{"platform_ref", V::Text, true},
    FeedField{"form_id", V::Text, true},     // the signed form in the platform's archive
    FeedField{"form_sha256", V::Text, true}, // its digest, 64 hex digits
    FeedField{"received_on", V::Date, true},
    FeedField{"scope", V::Text, false}, // full (default) or partial
    FeedField{"purposes", V::TextList, false},
    FeedField{"categories", V::TextList, false},
};
constexpr std::array kClosed{
    FeedField{"platform_ref", V::Text, true},
};

constexpr std::array kShapes{
    FeedEventShape{FeedEventType::RecipientUpsert, "recipient.upsert", kRecipient},
    FeedEventShape{FeedEventType::SubjectUpsert, "subject.upsert", kSubject},
    FeedEventShape{FeedEventType::ConsentGiven, "consent.given", kConsent},
    FeedEventShape{FeedEventType::Transfer, "transfer", kTransfer},
    FeedEventShape{FeedEventType::CategoryCollected, "category.collected", kCollected},
    FeedEventShape{FeedEventType::WithdrawalRequested, "withdrawal.requested", kWithdrawal},
    FeedEventShape{FeedEventType::AccountClosed, "account.closed", kClosed},
};
} // namespace

std::span<const FeedEventShape> FeedFormat::shapes()
{
    return kShapes;
}

const FeedEventShape* FeedFormat::shapeOf(const QString& code)
{
    for (const FeedEventShape& shape : kShapes) {
        if (code == QLatin1String(shape.code))
            return &shape;
    }
    return nullptr;
}

const FeedEventShape& FeedFormat::shape(FeedEventType type)
{
    for (const FeedEventShape& shape : kShapes) {
        if (shape.type == type)
            return shape;
    }
    Q_UNREACHABLE();
}

QStringList FeedFormat::typeCodes()
{
    QStringList codes;
    for (const FeedEventShape& shape : kShapes)
        codes << QString::fromLatin1(shape.code);
    return codes;
}

} // namespace dpo
