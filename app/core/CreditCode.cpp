#include "CreditCode.h"

#include <QCoreApplication>

#include <array>

namespace fieldcase {

namespace {

// The alphabet in value order: the index of a character is its value 0..30.
constexpr QStringView Alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

// 3^(i-1) mod 31 for positions 1..17.
constexpr std::array<int, 17> Weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c) {
    return static_cast<int>(Alphabet.indexOf(c));
}

} // namespace

QChar CreditCode::checkCharacter(QStringView first17) {
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = valueOf(first17[i]);
        if (value < 0)
            return {};
        sum += value * Weights[i];
    }
    // 31 - (sum mod 31), where 31 itself maps back to 0.
    const int check = (31 - sum % 31) % 31;
    return Alphabet[check];
}

QString CreditCode::normalized(const QString& input) {
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

CreditCode::Result CreditCode::validate(const QString& code) {
    Result result;
    if (code.isEmpty()) {
        result.error = Error::Empty;
        return result;
    }
    // Report the first bad character before the length: "position 5 'O' is not allowed" helps
    // a person retyping a code from paper more than "wrong length" does.
    for (int i = 0; i < code.size() && i < Length; ++i) {
        if (valueOf(code[i]) < 0) {
            result.error = Error::InvalidCharacter;
            result.position = i + 1;
            result.found = code[i];
            return result;
        }
    }
    if (code.size() != Length) {
        result.error = Error::WrongLength;
        return result;
    }
    const QChar expected = checkCharacter(QStringView(code).first(17));
    if (code[17] != expected) {
        result.error = Error::CheckMismatch;
        result.position = 18;
        result.found = code[17];
        result.expected = expected;
    }
    return result;
}

QString CreditCode::Result::message() const {
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("CreditCode", "The unified social credit code is empty.");
    case Error::WrongLength:
        return QCoreApplication::translate("CreditCode", "A unified social credit code has 18 characters.");
    case Error::InvalidCharacter:
        return QCoreApplication::translate("CreditCode",
                                           "Character %1 (\"%2\") is not allowed in a unified social credit "
                                           "code (allowed: digits and letters except I, O, S, V, Z).")
            .arg(position)
            .arg(found);
    case Error::CheckMismatch:
        return QCoreApplication::translate("CreditCode",
                                           "The check character (18th) does not match: it is \"%1\", the "
                                           "first 17 characters require \"%2\".")
            .arg(found)
            .arg(expected);
    }
    return {};
}

} // namespace fieldcase
