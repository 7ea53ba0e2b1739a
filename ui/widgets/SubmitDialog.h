// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace dpo {

// A form that submits to a service: on OK the submit function runs; an error it returns is shown
// in red under the form and the dialog stays open with the officer's input, otherwise it closes.
class SubmitDialog : public QDialog
{
    Q_OBJECT
public:
    SubmitDialog(const QString& title, const QString& okText, QWidget* parent = nullptr);
    QFormLayout* form() const { return m_form; }
    QPushButton* okButton() const { return m_ok; }
    void setSubmit(std::function<QString()> submit) { m_submit = std::move(submit); }
    void showError(const QString& message);

protected:
    // Tab leaves a multi-line field for the next control instead of typing a tab into it: a
    // keyboard user would otherwise be caught in the first note of the form.
    void showEvent(QShowEvent* event) override;

private:
    void submit();
    QFormLayout* m_form;
    QLabel* m_error;
    QPushButton* m_ok;
    std::function<QString()> m_submit;
};

} // namespace dpo
