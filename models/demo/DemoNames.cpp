// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNames.h"

namespace dpo::demo {

const QList<MaleName> kKyrgyzMaleNames{
    {"Азамат", "Азаматович", "Азаматовна"},    {"Бакыт", "Бакытович", "Бакытовна"},
    {"Нурлан", "Нурланович", "Нурлановна"},    {"Эрлан", "Эрланович", "Эрлановна"},
    {"Үмөт", "Үмөтович", "Үмөтовна"},          {"Өмүр", "Өмүрович", "Өмүровна"},
    {"Мирлан", "Мирланович", "Мирлановна"},    {"Айбек", "Айбекович", "Айбековна"},
    {"Талант", "Талантович", "Талантовна"},    {"Чыңгыз", "Чыңгызович", "Чыңгызовна"},
    {"Дөөлөт", "Дөөлөтович", "Дөөлөтовна"},    {"Элдияр", "Элдиярович", "Элдияровна"},
    {"Асан", "Асанович", "Асановна"},          {"Үсөн", "Үсөнович", "Үсөновна"},
    {"Төлөгөн", "Төлөгөнович", "Төлөгөновна"}, {"Бекжан", "Бекжанович", "Бекжановна"},
    {"Кубаныч", "Кубанычович", "Кубанычовна"}, {"Жаңыбек", "Жаңыбекович", "Жаңыбековна"},
    {"Мелис", "Мелисович", "Мелисовна"},       {"Адилет", "Адилетович", "Адилетовна"},
    {"Султан", "Султанович", "Султановна"},    {"Марат", "Маратович", "Маратовна"},
    {"Көбөш", "Көбөшович", "Көбөшовна"},       {"Түгөлбай", "Түгөлбаевич", "Түгөлбаевна"},
    {"Алмаз", "Алмазович", "Алмазовна"},       {"Руслан", "Русланович", "Руслановна"},
};

const QStringList kKyrgyzFemaleNames{
    QStringLiteral("Айгүл"),    QStringLiteral("Айпери"),  QStringLiteral("Гүлнара"),
    QStringLiteral("Бегимай"),  QStringLiteral("Жаңыл"),   QStringLiteral("Сезим"),
    QStringLiteral("Мээрим"),   QStringLiteral("Айжан"),   QStringLiteral("Чолпон"),
    QStringLiteral("Үмүт"),     QStringLiteral("Гүлзат"),  QStringLiteral("Назира"),
    QStringLiteral("Нургүл"),   QStringLiteral("Айсулуу"), QStringLiteral("Бүбүсара"),
    QStringLiteral("Толгонай"), QStringLiteral("Жылдыз"),  QStringLiteral("Динара"),
    QStringLiteral("Асель"),    QStringLiteral("Өмүркан"), QStringLiteral("Каныкей"),
    QStringLiteral("Эльмира"),  QStringLiteral("Аида"),    QStringLiteral("Көкүл"),
};

const QStringList kKyrgyzSurnames{
    QStringLiteral("Асанов"),      QStringLiteral("Токтогулов"),  QStringLiteral("Жээнбеков"),
    QStringLiteral("Сыдыков"),     QStringLiteral("Мамбетов"),    QStringLiteral("Осмонов"),
    QStringLiteral("Бекмуратов"),  QStringLiteral("Үсөнов"),      QStringLiteral("Өмүрбеков"),
    QStringLiteral("Төлөгөнов"),   QStringLiteral("Абдыкадыров"), QStringLiteral("Жумабаев"),
    QStringLiteral("Садыров"),     QStringLiteral("Исаков"),      QStringLiteral("Турдубаев"),
    QStringLiteral("Кадыров"),     QStringLiteral("Шаршеев"),     QStringLiteral("Алымбеков"),
    QStringLiteral("Бакиров"),     QStringLiteral("Эсенгулов"),   QStringLiteral("Маматов"),
    QStringLiteral("Чоротегинов"), QStringLiteral("Жаңыбаев"),    QStringLiteral("Көчөрбаев"),
    QStringLiteral("Сүйүнбаев"),   QStringLiteral("Үмөталиев"),   QStringLiteral("Өскөнбаев"),
    QStringLiteral("Нурматов"),    QStringLiteral("Арстанбеков"), QStringLiteral("Табалдиев"),
    QStringLiteral("Дүйшөнбиев"),  QStringLiteral("Качкынбаев"),  QStringLiteral("Сагынбаев"),
    QStringLiteral("Токтосунов"),  QStringLiteral("Бөрүбаев"),    QStringLiteral("Темиров"),
};

const QList<MaleName> kRussianMaleNames{
    {"Алексей", "Алексеевич", "Алексеевна"},
    {"Сергей", "Сергеевич", "Сергеевна"},
    {"Дмитрий", "Дмитриевич", "Дмитриевна"},
    {"Андрей", "Андреевич", "Андреевна"},
    {"Владимир", "Владимирович", "Владимировна"},
    {"Игорь", "Игоревич", "Игоревна"},
    {"Николай", "Николаевич", "Николаевна"},
    {"Виктор", "Викторович", "Викторовна"},
    {"Юрий", "Юрьевич", "Юрьевна"},
    {"Артём", "Артёмович", "Артёмовна"},
    {"Михаил", "Михайлович", "Михайловна"},
    {"Олег", "Олегович", "Олеговна"},
};

const QStringList kRussianFemaleNames{
    QStringLiteral("Елена"),   QStringLiteral("Ольга"),   QStringLiteral("Наталья"),
    QStringLiteral("Татьяна"), QStringLiteral("Ирина"),   QStringLiteral("Светлана"),
    QStringLiteral("Анна"),    QStringLiteral("Мария"),   QStringLiteral("Юлия"),
    QStringLiteral("Алёна"),   QStringLiteral("Людмила"), QStringLiteral("Галина"),
};

const QStringList kRussianSurnames{
    QStringLiteral("Иванов"),     QStringLiteral("Петров"),  QStringLiteral("Смирнов"),
    QStringLiteral("Кузнецов"),   QStringLiteral("Попов"),   QStringLiteral("Соколов"),
    QStringLiteral("Лебедев"),    QStringLiteral("Новиков"), QStringLiteral("Морозов"),
    QStringLiteral("Волков"),     QStringLiteral("Фёдоров"), QStringLiteral("Ким"),
    QStringLiteral("Пак"),        QStringLiteral("Цой"),     QStringLiteral("Шевченко"),
    QStringLiteral("Бондаренко"), QStringLiteral("Ли"),      QStringLiteral("Гусев"),
};

const QStringList kRegions{
    QStringLiteral("Бишкек шаары"),      QStringLiteral("Ош шаары"),
    QStringLiteral("Чүй облусу"),        QStringLiteral("Ош облусу"),
    QStringLiteral("Жалал-Абад облусу"), QStringLiteral("Баткен облусу"),
    QStringLiteral("Нарын облусу"),      QStringLiteral("Ысык-Көл облусу"),
    QStringLiteral("Талас облусу"),
};

const QStringList kStreets{
    QStringLiteral("Чүй пр."),
    QStringLiteral("Манас пр."),
    QStringLiteral("Токтогул көч."),
    QStringLiteral("Ахунбаев көч."),
    QStringLiteral("Жибек Жолу пр."),
    QStringLiteral("Ленин көч."),
    QStringLiteral("Курманжан Датка көч."),
    QStringLiteral("Масалиев пр."),
    QStringLiteral("Эркиндик бул."),
    QStringLiteral("Абдрахманов көч."),
    QStringLiteral("Советская ул."),
    QStringLiteral("Гагарин көч."),
};

QString femaleSurname(const QString& male)
{
    if (male.endsWith(QStringLiteral("ов")) || male.endsWith(QStringLiteral("ев")) ||
        male.endsWith(QStringLiteral("ёв")) || male.endsWith(QStringLiteral("ин")))
        return male + QStringLiteral("а");
    return male; // Ким, Пак, Шевченко do not change
}

} // namespace dpo::demo
