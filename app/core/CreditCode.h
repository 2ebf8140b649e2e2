#pragma once

#include <QString>

namespace fieldcase {

// Unified social credit code (统一社会信用代码), GB 32100-2015.
// 18 characters from a 31-character alphabet (no I, O, S, V, Z); the 18th is a check character
// computed from the first 17 with weights 3^(i-1) mod 31.
class CreditCode {
public:
    enum class Error { None, Empty, WrongLength, InvalidCharacter, CheckMismatch };

    struct Result {
        Error error = Error::None;
        int position = 0; // 1-based position of the offending character, 0 when not applicable
        QChar found;      // the offending character (InvalidCharacter, CheckMismatch)
        QChar expected;   // the check character that would be correct (CheckMismatch)
        bool ok() const { return error == Error::None; }
        // Human-readable, translated through QCoreApplication so the UI shows it as is.
        QString message() const;
    };

    static Result validate(const QString& code);
    static bool isValid(const QString& code) { return validate(code).ok(); }

    // The check character for the first 17 characters, or a null QChar if they are not all valid.
    static QChar checkCharacter(QStringView first17);

    // Normalises user input: trims, removes inner spaces, upper-cases (codes are printed upper-case).
    static QString normalized(const QString& input);

    static constexpr int Length = 18;
};

} // namespace fieldcase
